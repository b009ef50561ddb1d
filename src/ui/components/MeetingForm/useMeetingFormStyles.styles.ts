import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The meeting form's styles: design tokens only; `stage` makes it large for the meeting stage. */
export const useMeetingFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
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
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  topic: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // A title of two lines in the narrow panel keeps air above and below, as one line does.
  topicButton: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  topicBody: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
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
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  cardTitle: { ...typographyStyles.body1Strong, margin: 0 },
  agreement: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  goalForm: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});
