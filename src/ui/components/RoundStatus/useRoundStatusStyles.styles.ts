import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of a round's status list. */
export const useRoundStatusStyles = makeStyles({
  list: layout.plainList(tokens.spacingVerticalM),
  item: layout.dividedItem(tokens.spacingVerticalXS),
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  facts: layout.facts(tokens.spacingHorizontalM, tokens.spacingVerticalXXS),
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0 },
  proposal: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  proposalTitle: { flexGrow: 1 },
  actions: layout.column(tokens.spacingVerticalS),
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  times: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  confirm: {
    ...layout.column(tokens.spacingVerticalS),
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});
