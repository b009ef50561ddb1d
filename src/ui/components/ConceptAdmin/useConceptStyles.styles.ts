import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of the concept administration. */
export const useConceptStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-end',
  },
  column: { ...layout.column(tokens.spacingVerticalM), minWidth: 0 },
  group: { ...layout.column(tokens.spacingVerticalS), margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  topic: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  field: { flexGrow: 1, flexBasis: '14rem', minWidth: 0 },
  list: layout.list(tokens.spacingVerticalXXS),
  start: { alignSelf: 'flex-start' },
  // A flex item's min-width is its content's (the longest option): 0 lets it shrink to a narrow tab.
  select: { maxWidth: '100%', minWidth: 0 },
  // The native select too, so a long unit name is cut in the closed box instead of pushing it off the card.
  control: { maxWidth: '100%', minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
});
