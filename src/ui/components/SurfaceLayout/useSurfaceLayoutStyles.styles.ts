import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles: one column, readable width, tighter on a phone. */
export const useSurfaceLayoutStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    maxWidth: '760px',
    marginLeft: 'auto',
    marginRight: 'auto',
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXXL,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    '@media (max-width: 480px)': {
      paddingTop: tokens.spacingVerticalL,
      paddingLeft: tokens.spacingHorizontalM,
      paddingRight: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalM,
    },
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: {
    color: tokens.colorBrandForeground1,
    margin: 0,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  subtitle: {
    color: tokens.colorNeutralForeground2,
    margin: 0,
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  },
});
