import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Pixels per minute of the week view (an hour is 48 px). */
export const PX_PER_MINUTE = 0.8;

/** Token-only styles of the schedule and its week view. */
export const useRoundScheduleStyles = makeStyles({
  column: layout.column(tokens.spacingVerticalM),
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // On a phone the week scrolls sideways; the page itself stays one column.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  grid: { display: 'grid', minWidth: '600px', columnGap: tokens.spacingHorizontalXXS },
  dayHead: {
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
    margin: 0,
  },
  day: {
    position: 'relative',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  hours: { position: 'relative', color: tokens.colorNeutralForeground3 },
  hour: { position: 'absolute', right: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase100 },
  block: {
    position: 'absolute',
    left: tokens.spacingHorizontalXXS,
    right: tokens.spacingHorizontalXXS,
    overflow: 'hidden',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  moved: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}` },
  times: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(220px, 100%), 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});
