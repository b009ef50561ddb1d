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
  /** Headings take the column's gap as their only space (a browser's own heading margins doubled it). */
  heading: { margin: 0 },
  /** The five ratings in a row that wraps on a phone, each label on one line ("5 Rigtig god", not broken up). */
  ratings: { flexWrap: 'wrap', '& label': { whiteSpace: 'nowrap' } },
  /** The goal's activities and its follow-ups, each a short list under a small label. */
  subList: layout.list(tokens.spacingVerticalXXS),
  label: { color: tokens.colorNeutralForeground2 },
});
