import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { layout } from '../layout';

/** The meeting form's styles: design tokens only; `stage` makes it large for the meeting stage. */
export const useMeetingFormStyles = makeStyles({
  form: {
    ...layout.column(tokens.spacingVerticalM),
    padding: tokens.spacingHorizontalM,
    maxWidth: '760px',
    boxSizing: 'border-box',
  },
  stage: {
    maxWidth: '1200px',
    margin: '0 auto',
    ...typographyStyles.subtitle2Stronger,
    fontWeight: 'normal',
  },
  stageText: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    // The form's own small headings read at the stage's size too.
    '& h4, & h5': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  header: layout.titleBar(tokens.spacingHorizontalS),
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  topic: { borderBottom: layout.divider },
  // A title of two lines in the narrow panel keeps air above and below, as one line does.
  topicButton: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  topicBody: {
    ...layout.column(tokens.spacingVerticalS),
    paddingBottom: tokens.spacingVerticalM,
  },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  preparation: { whiteSpace: 'pre-wrap', margin: 0 },
  runsLong: { color: tokens.colorPaletteMarigoldForeground3 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalXS,
    borderBottom: layout.divider,
  },
  cards: layout.plainList(tokens.spacingVerticalS),
  card: {
    ...layout.column(tokens.spacingVerticalXS),
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: layout.divider,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  cardTitle: { ...typographyStyles.body1Strong, margin: 0 },
  agreement: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  goalForm: layout.column(tokens.spacingVerticalS),
});
