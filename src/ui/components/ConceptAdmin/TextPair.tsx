import { Field, Input } from '@fluentui/react-components';
import type { LocalizedText } from '../../../application/ports/MusApiPort';
import { useConceptStyles } from './useConceptStyles.styles';

/** Props of a text written in both languages. */
export interface TextPairProps {
  readonly labels: LocalizedText;
  readonly value: LocalizedText;
  /** The message under an empty field, when empty fields are to be marked. */
  readonly missing: string | undefined;
  readonly onChange: (value: LocalizedText) => void;
}

/** A text in Danish and in English, side by side (under each other in a narrow window). */
export function TextPair({ labels, value, missing, onChange }: TextPairProps) {
  const styles = useConceptStyles();
  return (['da', 'en'] as const).map((language) => (
    <Field
      key={language}
      className={styles.field}
      label={labels[language]}
      validationMessage={value[language].trim() === '' ? missing : undefined}
    >
      <Input value={value[language]} onChange={(_, d) => onChange({ ...value, [language]: d.value })} />
    </Field>
  ));
}
