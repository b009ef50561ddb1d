import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles of MUS-testen. */
export const useMusTestStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { paddingBottom: tokens.spacingVerticalS },
  statement: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  scale: { flexWrap: 'wrap' },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { whiteSpace: 'nowrap' },
  years: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});
