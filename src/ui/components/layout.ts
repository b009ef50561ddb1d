import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** The thin line that separates an item or a section from the next (`borderTop` or `borderBottom`). */
const divider = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`;

/** Blocks under each other, `rowGap` apart. */
const column = (rowGap: string): GriffelStyle => ({ display: 'flex', flexDirection: 'column', rowGap });

/** The layouts the components share (design tokens only), so each style file names only what is its own. */
export const layout = {
  divider,
  column,
  /** A list indented as a list, its items under each other. */
  list: (rowGap: string): GriffelStyle => ({
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    ...column(rowGap),
  }),
  /** A list without bullets or indent (cards, goals, years), its items under each other. */
  plainList: (rowGap: string): GriffelStyle => ({
    ...column(rowGap),
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  }),
  /** An item of a plain list, its parts `rowGap` apart, a divider below it. */
  dividedItem: (rowGap: string): GriffelStyle => ({
    ...column(rowGap),
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: divider,
  }),
  /** A section under a divider, its parts `rowGap` apart. */
  dividedSection: (rowGap: string): GriffelStyle => ({
    ...column(rowGap),
    paddingTop: tokens.spacingVerticalM,
    borderTop: divider,
  }),
  /** Buttons and a status side by side, wrapping onto more lines on a phone. */
  wrappingRow: (columnGap: string): GriffelStyle => ({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap,
    rowGap: tokens.spacingVerticalS,
  }),
  /** A title and its actions at the two ends of a line, wrapping on a phone. */
  titleBar: (gap: string): GriffelStyle => ({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap,
  }),
  /** Terms and their values (`dl`) in two columns. */
  facts: (columnGap: string, rowGap: string): GriffelStyle => ({
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap,
    rowGap,
  }),
};
