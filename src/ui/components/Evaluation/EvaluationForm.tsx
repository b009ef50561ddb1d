import { Button, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate } from '../../../application/followUp/followUp';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { EvaluationView } from '../../../application/ports/MusApiPort';
import { FailureBar } from '../FailureBar';
import { useFollowUpStyles } from '../FollowUp/useFollowUpStyles.styles';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Props of the short evaluation of one conversation. */
export interface EvaluationFormProps {
  readonly ports: MusPorts;
  readonly conversationId: string;
  readonly evaluation: EvaluationView;
}

/** The short evaluation after the talk (1-5 and a comment), answered once; then a thank-you. */
export function EvaluationForm({ ports, conversationId, evaluation }: EvaluationFormProps) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const [given, setGiven] = useState(evaluation.mine !== null);
  const [rating, setRating] = useState<number | undefined>(undefined);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  if (given) return <Text className={styles.thanks}>{t('evaluation.thanks')}</Text>;
  if (!evaluation.due) return null;
  const send = () => {
    setTried(true);
    if (rating === undefined) return;
    setBusy(true);
    void evaluate(ports, conversationId, rating, comment.trim()).then((result) => {
      setBusy(false);
      setFailure(result.ok ? undefined : result.failure);
      if (result.ok) setGiven(true);
    });
  };
  const missing = tried && rating === undefined;
  return (
    <form
      className={styles.form}
      aria-label={t('evaluation.title')}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Field
        label={t('evaluation.rating')}
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? t('evaluation.ratingMissing') : undefined}
      >
        <RadioGroup
          layout="horizontal"
          className={styles.ratings}
          onChange={(_, data) => setRating(Number(data.value))}
        >
          {RATINGS.map((r) => (
            <Radio key={r} value={String(r)} label={t(`evaluation.r${r}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('evaluation.comment')}>
        <Textarea value={comment} maxLength={2000} onChange={(_, data) => setComment(data.value)} />
      </Field>
      {failure ? <FailureBar failure={failure} /> : null}
      <Button className={styles.action} type="submit" appearance="primary" disabled={busy}>
        {t('evaluation.send')}
      </Button>
    </form>
  );
}
