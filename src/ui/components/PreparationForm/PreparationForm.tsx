import { Button, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FailureBar } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { useLocalized } from '../../i18n/useLocalized';
import type { PreparationFormProps, SaveState } from './PreparationForm.types';
import { usePreparationForm } from './usePreparationForm';
import { usePreparationFormStyles } from './usePreparationFormStyles.styles';

/** One side's preparation: per topic its guidance, its questions and a text field; a draft until handed in. */
export function PreparationForm(props: PreparationFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = usePreparationFormStyles();
  const { answers, save, submitted, change, saveNow, submit } = usePreparationForm(props);
  const otherKey = props.side === 'employee' ? 'prepare.otherSubmitted' : 'prepare.employeeSubmitted';
  return (
    <InfoCard title={t('prepare.title')}>
      <MessageBar intent="info">
        <MessageBarBody>{t('prepare.hidden')}</MessageBarBody>
      </MessageBar>
      {props.preparation.other.submitted ? <Text as="p">{t(otherKey)}</Text> : null}
      <div className={styles.form}>
        {props.topics.map(({ topic }) => (
          <section key={topic.id} className={styles.topic} aria-label={text(topic.title)}>
            <Text as="h3" weight="semibold" size={400} className={styles.heading}>
              {text(topic.title)}
            </Text>
            <Text className={styles.guidance}>{text(topic.guidance[props.side])}</Text>
            {topic.questions.length > 0 ? (
              <ul className={styles.questions} aria-label={t('prepare.questions')}>
                {topic.questions.map((q) => (
                  <li key={q.da}>
                    <Text>{text(q)}</Text>
                  </li>
                ))}
              </ul>
            ) : null}
            <Field label={t('prepare.answerLabel', { topic: text(topic.title) })}>
              <Textarea
                value={answers[topic.id] ?? ''}
                readOnly={submitted || props.readOnly}
                resize="vertical"
                onChange={(_, data) => change(topic.id, data.value)}
              />
            </Field>
          </section>
        ))}
      </div>
      {save.status === 'failed' ? <FailureBar failure={save.failure} onRetry={saveNow} /> : null}
      {props.readOnly ? null : submitted ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('prepare.submitted')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.footer}>
          <Button appearance="primary" onClick={submit} disabled={save.status === 'saving'}>
            {t('prepare.submit')}
          </Button>
          <SaveStatus save={save} />
        </div>
      )}
    </InfoCard>
  );
}

function SaveStatus({ save }: { save: SaveState }) {
  const { t } = useTranslation();
  const { time } = useLocalized();
  const styles = usePreparationFormStyles();
  const label =
    save.status === 'saving'
      ? t('prepare.saving')
      : save.status === 'saved'
        ? t('prepare.saved', { time: time(save.at) })
        : save.status === 'unsaved'
          ? t('prepare.unsaved')
          : '';
  return (
    <Text role="status" className={styles.status}>
      {label}
    </Text>
  );
}
