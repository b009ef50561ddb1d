import { makeStyles, tokens } from '@fluentui/react-components';

/** Token-only styles of an InfoCard. */
export const useInfoCardStyles = makeStyles({
  card: {
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalXL,
    paddingRight: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    '@media (max-width: 480px)': {
      paddingLeft: tokens.spacingHorizontalL,
      paddingRight: tokens.spacingHorizontalL,
    },
  },
  heading: { margin: 0, color: tokens.colorNeutralForeground1 },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    '& p': { margin: 0 },
  },
});
