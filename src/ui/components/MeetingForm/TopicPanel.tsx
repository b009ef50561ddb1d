import { useTranslation } from 'react-i18next';
import type { MeetingTopic, Party } from '../../../application/meeting/meetingForm';
import { useLocalized } from '../../i18n/useLocalized';
import type { MeetingFormState } from './MeetingForm.types';
import { MeetingGoals } from './MeetingGoals';
import { NoteField } from './NoteField';
import { TopicTimer } from './TopicTimer';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

interface TopicPanelProps {
  readonly topic: MeetingTopic;
  readonly party: Party;
  readonly form: MeetingFormState;
  readonly elapsedMs: number;
  readonly large: boolean;
}

/** One agreed topic: purpose, questions, both sides' preparation, its timer, the shared and the private note. */
export function TopicPanel({ topic, party, form, elapsedMs, large }: TopicPanelProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMeetingFormStyles();
  const title = text(topic.title);
  const theirs = party === 'leader' ? 'theirPreparationEmployee' : 'theirPreparationLeader';
  return (
    <div className={styles.topicBody}>
      <p className={styles.preparation}>
        <strong>{t('meetingForm.purpose')}:</strong> {text(topic.purpose)}
      </p>
      {topic.questions.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t('meetingForm.questions')}</h4>
          <ul className={styles.list} aria-label={t('meetingForm.questions')}>
            {topic.questions.map((q) => (
              <li key={q.da}>{text(q)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 className={styles.subheading}>{t('meetingForm.myPreparation')}</h4>
      <p className={styles.preparation}>{topic.myPreparation || t('meetingForm.noPreparation')}</p>
      <h4 className={styles.subheading}>{t(`meetingForm.${theirs}`)}</h4>
      <p className={topic.theirPreparation === null ? styles.muted : styles.preparation}>
        {topic.theirPreparation === null
          ? t('meetingForm.preparationHidden')
          : topic.theirPreparation || t('meetingForm.noPreparation')}
      </p>
      <TopicTimer topic={topic} elapsedMs={elapsedMs} />
      {topic.isGoals ? <MeetingGoals form={form} party={party} onStage={large} /> : null}
      <NoteField
        label={title}
        hint={t('meetingForm.sharedNoteHint')}
        field={form.notes[topic.id]}
        onChange={(value) => form.changeNote(topic.id, value)}
        onKeepMine={() => form.keepMine(topic.id)}
        onTakeTheirs={() => form.takeTheirs(topic.id)}
        large={large}
      />
      <NoteField
        label={t('meetingForm.privateNote', { topic: title })}
        hint={t('meetingForm.privateNoteHint')}
        field={form.privateNotes[topic.id]}
        onChange={(value) => form.changePrivateNote(topic.id, value)}
        large={large}
      />
    </div>
  );
}
