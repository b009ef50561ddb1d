import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  SpinButton,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  addOwnTopic,
  isIncluded,
  setQuestions,
  toggleTopic,
  topicsOf,
  type ConceptTarget,
  type DraftEdit,
  type DraftEditError,
} from '../../../application/concepts/conceptAdmin';
import { useLocalized } from '../../i18n/useLocalized';
import { OwnTopicForm } from './OwnTopicForm';
import { TopicQuestions } from './TopicQuestions';
import { useConceptStyles } from './useConceptStyles.styles';

/** Props of the draft's editor. */
export interface ConceptEditorProps {
  readonly target: ConceptTarget;
  readonly edit: DraftEdit;
  readonly error: DraftEditError | undefined;
  readonly change: (f: (edit: DraftEdit) => DraftEdit) => void;
}

/** Duration, every topic of the template and the own topics: in or out, and their questions. */
export function ConceptEditor({ target, edit, error, change }: ConceptEditorProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useConceptStyles();
  return (
    <div className={styles.column}>
      <Field label={t('concept.duration')}>
        <SpinButton
          value={edit.durationMinutes}
          min={15}
          max={240}
          step={15}
          onChange={(_, d) => {
            const minutes = d.value ?? Number(d.displayValue);
            if (Number.isInteger(minutes) && minutes >= 15 && minutes <= 240)
              change((e) => ({ ...e, durationMinutes: minutes }));
          }}
        />
      </Field>
      <Text weight="semibold">{t('concept.topics')}</Text>
      <Text className={styles.note}>{t('concept.topicsIntro')}</Text>
      <Accordion multiple collapsible>
        {topicsOf(edit, target.template).map((topic) => {
          const title = text(topic.title);
          const goals = topic.role === 'goals';
          return (
            <AccordionItem key={topic.id} value={topic.id}>
              <AccordionHeader>
                <span className={styles.topic}>
                  <Text weight="semibold">{title}</Text>
                  <Badge appearance="tint" color={topic.kind === 'own' ? 'brand' : 'informative'}>
                    {t(`concept.kind_${topic.kind}`)}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.column}>
                  {topic.kind === 'own' ? (
                    <Button
                      appearance="subtle"
                      className={styles.start}
                      onClick={() => change((e) => toggleTopic(e, topic))}
                    >
                      {t('concept.removeOwn', { topic: title })}
                    </Button>
                  ) : (
                    <Checkbox
                      label={goals ? t('concept.goalsAlways') : t('concept.include', { topic: title })}
                      checked={isIncluded(edit, topic)}
                      disabled={goals}
                      onChange={() => change((e) => toggleTopic(e, topic))}
                    />
                  )}
                  <TopicQuestions
                    title={title}
                    questions={topic.questions}
                    showErrors={error === 'questionEmpty'}
                    onChange={(qs) => change((e) => setQuestions(e, topic.id, qs))}
                  />
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <OwnTopicForm onAdd={(id, title) => change((e) => addOwnTopic(e, id, title))} />
    </div>
  );
}
