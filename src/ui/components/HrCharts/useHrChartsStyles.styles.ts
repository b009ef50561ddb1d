import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles of HR's charts; the bars take the theme's brand colour (light, dark and contrast). */
export const useHrChartsStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  chart: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  // A stylesheet's fill beats the chart's fill attribute: the bars follow the Teams theme.
  plot: { '& rect[role="option"]': { fill: tokens.colorCompoundBrandBackground } },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  hidden: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
