import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of MUS-testen. */
export const useMusTestStyles = makeStyles({
  form: layout.column(tokens.spacingVerticalL),
  section: { ...layout.column(tokens.spacingVerticalM), border: 'none', margin: 0, padding: 0 },
  legend: { paddingBottom: tokens.spacingVerticalS },
  statement: { paddingBottom: tokens.spacingVerticalS, borderBottom: layout.divider },
  scale: { flexWrap: 'wrap' },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  // The table scrolls sideways on a phone, inside its own box; the page does not.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: layout.divider,
  },
  // An answer's label on one line ("Af og til"): on a phone the table scrolls instead.
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  weight: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  points: { whiteSpace: 'nowrap' },
  years: layout.plainList(tokens.spacingVerticalXL),
  year: layout.column(tokens.spacingVerticalS),
  heading: { margin: 0 },
  result: layout.column(tokens.spacingVerticalS),
  note: { color: tokens.colorNeutralForeground2 },
});
