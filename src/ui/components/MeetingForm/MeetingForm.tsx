import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  mergeClasses,
} from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import type { MeetingFormProps } from './MeetingForm.types';
import { TopicPanel } from './TopicPanel';
import { useMeetingForm } from './useMeetingForm';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';
import { useTopicTimers } from './useTopicTimers';

/**
 * The conversation's form in the meeting: the agreed agenda in order, one topic open at a time (its timer
 * runs while it is open; opening another saves what is typed), then the conclusion.
 */
export function MeetingForm(props: MeetingFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMeetingFormStyles();
  const form = useMeetingForm(props);
  const { snapshot, onStage = false, conclusion: Conclusion } = props;
  const [open, setOpen] = useState<string | undefined>(snapshot.topics[0]?.id);
  const spent = useTopicTimers(snapshot.conversation.value.id, open);
  return (
    <div className={mergeClasses(styles.form, onStage && styles.stageText)}>
      <section aria-label={t('meetingForm.agenda')}>
        <Accordion
          collapsible
          openItems={open ? [open] : []}
          onToggle={(_, data) => {
            form.flush();
            setOpen(data.openItems.map(String).find((id) => id !== open));
          }}
        >
          {snapshot.topics.map((topic, index) => (
            <AccordionItem key={topic.id} value={topic.id} className={styles.topic}>
              <AccordionHeader
                as="h3"
                size={onStage ? 'extra-large' : 'large'}
                button={{ className: styles.topicButton }}
              >
                {`${index + 1}. ${text(topic.title)}`}
              </AccordionHeader>
              <AccordionPanel>
                <TopicPanel
                  topic={topic}
                  party={snapshot.party}
                  standing={snapshot.groupStanding}
                  form={form}
                  elapsedMs={spent[topic.id] ?? 0}
                  large={onStage}
                />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>
      <section aria-label={t('meetingForm.conclusion')}>
        <h3 className={styles.heading}>{t('meetingForm.conclusion')}</h3>
        {Conclusion ? (
          <Suspense fallback={null}>
            <Conclusion ports={props.ports} snapshot={snapshot} onStage={onStage} />
          </Suspense>
        ) : null}
      </section>
    </div>
  );
}
