import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of the follow-up after the talk (evaluation and goals). */
export const useFollowUpStyles = makeStyles({
  column: layout.column(tokens.spacingVerticalL),
  form: layout.column(tokens.spacingVerticalS),
  action: { alignSelf: 'flex-start' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  thanks: { color: tokens.colorPaletteGreenForeground1 },
  goals: layout.plainList(tokens.spacingVerticalM),
  goal: layout.dividedItem(tokens.spacingVerticalXS),
});
