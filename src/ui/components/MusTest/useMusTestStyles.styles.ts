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
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: layout.divider,
  },
  number: { whiteSpace: 'nowrap' },
  years: layout.plainList(tokens.spacingVerticalXL),
  result: layout.column(tokens.spacingVerticalS),
  note: { color: tokens.colorNeutralForeground2 },
});
