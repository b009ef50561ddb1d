import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles of HR's overview. */
export const useHrStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalS,
  },
  leader: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    paddingLeft: 0,
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  heading: { verticalAlign: 'bottom', fontWeight: tokens.fontWeightSemibold },
  unit: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  round: { paddingLeft: tokens.spacingHorizontalXXL, fontWeight: tokens.fontWeightRegular },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content auto',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});
