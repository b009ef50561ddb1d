import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** The layouts the components share (design tokens only), so each style file names only what is its own. */
export const layout = {
  /** Blocks under each other, `rowGap` apart. */
  column: (rowGap: string): GriffelStyle => ({ display: 'flex', flexDirection: 'column', rowGap }),
  /** A list indented as a list, its items under each other. */
  list: (rowGap: string): GriffelStyle => ({
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap,
  }),
  /** Buttons and a status side by side, wrapping onto more lines on a phone. */
  wrappingRow: (columnGap: string): GriffelStyle => ({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap,
    rowGap: tokens.spacingVerticalS,
  }),
};
