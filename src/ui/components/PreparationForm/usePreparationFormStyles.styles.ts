import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of the preparation form. */
export const usePreparationFormStyles = makeStyles({
  form: layout.column(tokens.spacingVerticalL),
  topic: layout.dividedSection(tokens.spacingVerticalS),
  heading: { margin: 0 },
  guidance: { color: tokens.colorNeutralForeground2 },
  questions: layout.list(tokens.spacingVerticalXXS),
  footer: layout.wrappingRow(tokens.spacingHorizontalL),
  status: { color: tokens.colorNeutralForeground2 },
});
