import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { musTestForm, type MusTestAnswer } from '../../../application/musTest/musTest';
import { useLocalized } from '../../i18n/useLocalized';
import { useMusTestStyles } from './useMusTestStyles.styles';

interface MusTestStatementProps {
  readonly id: string;
  readonly text: string;
  readonly answer: MusTestAnswer | undefined;
  /** Shown as unanswered after a try to hand in. */
  readonly flagged: boolean;
  readonly onChoose: (statementId: string, answer: MusTestAnswer) => void;
}

/** One statement: a radio group labelled by the statement, Aldrig … Altid (arrow keys move). */
export const MusTestStatement = memo(function MusTestStatement(props: MusTestStatementProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMusTestStyles();
  const { id, answer, flagged, onChoose } = props;
  return (
    <Field
      className={styles.statement}
      label={props.text}
      validationState={flagged ? 'error' : 'none'}
      validationMessage={flagged ? t('musTest.answerThis') : undefined}
    >
      <RadioGroup
        layout="horizontal"
        className={styles.scale}
        value={answer ?? ''}
        onChange={(_, data) => onChoose(id, data.value as MusTestAnswer)}
      >
        {musTestForm.scale.map((step) => (
          <Radio key={step.key} value={step.key} label={text(step.label)} />
        ))}
      </RadioGroup>
    </Field>
  );
});
