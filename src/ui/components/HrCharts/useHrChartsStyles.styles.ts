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
  // A stylesheet's fill beats the chart's fill attribute: the bars follow the Teams theme; in Windows' forced
  // colours (a contrast theme) the system's Highlight, which contrasts with its Canvas in dark and light alike
  // (Teams' contrast cyan stayed on a white Canvas).
  plot: {
    '& rect[role="option"]': { fill: tokens.colorCompoundBrandBackground },
    '@media (forced-colors: active)': { '& rect[role="option"]': { fill: 'Highlight' } },
  },
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
