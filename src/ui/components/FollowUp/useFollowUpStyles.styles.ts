import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles of the follow-up after the talk (evaluation and goals). */
export const useFollowUpStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  action: { alignSelf: 'flex-start' },
  thanks: { color: tokens.colorPaletteGreenForeground1 },
  goals: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  goal: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
