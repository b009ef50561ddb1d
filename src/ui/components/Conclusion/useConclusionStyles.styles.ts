import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of the joint conclusion form. */
export const useConclusionStyles = makeStyles({
  form: layout.column(tokens.spacingVerticalL),
  section: layout.dividedSection(tokens.spacingVerticalS),
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  summary: { whiteSpace: 'pre-wrap', margin: 0 },
  list: layout.list(tokens.spacingVerticalXXS),
  goals: layout.list(tokens.spacingVerticalM),
  goal: layout.column(tokens.spacingVerticalXXS),
  facts: {
    ...layout.facts(tokens.spacingHorizontalM, tokens.spacingVerticalXXS),
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  actions: layout.wrappingRow(tokens.spacingHorizontalM),
});
