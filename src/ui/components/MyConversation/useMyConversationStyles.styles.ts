import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of "Mine MUS". */
export const useMyConversationStyles = makeStyles({
  section: layout.column(tokens.spacingVerticalL),
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  agenda: layout.list(tokens.spacingVerticalS),
  topic: layout.column(tokens.spacingVerticalXXS),
  purpose: { color: tokens.colorNeutralForeground2 },
  actions: layout.wrappingRow(tokens.spacingHorizontalM),
  form: layout.column(tokens.spacingVerticalM),
  loading: { alignSelf: 'flex-start' },
});
