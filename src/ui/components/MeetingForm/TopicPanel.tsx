import { useTranslation } from 'react-i18next';
import type { GroupStanding } from '../../../application/group/groups';
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
  /** My standing in a group conversation (none in a conversation of two). */
  readonly standing?: GroupStanding | undefined;
}

/**
 * One agreed topic: purpose, questions, both sides' preparation, its timer, the shared and the private note. A
 * group's member has no preparation and reads the goals only.
 */
export function TopicPanel({ topic, party, form, elapsedMs, large, standing }: TopicPanelProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMeetingFormStyles();
  const title = text(topic.title);
  const theirs =
    party === 'employee'
      ? 'theirPreparationLeader'
      : standing
        ? 'theirPreparationRepresentative'
        : 'theirPreparationEmployee';
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
      {standing === 'member' ? null : (
        <>
          <h4 className={styles.subheading}>{t('meetingForm.myPreparation')}</h4>
          <p className={styles.preparation}>{topic.myPreparation || t('meetingForm.noPreparation')}</p>
          <h4 className={styles.subheading}>{t(`meetingForm.${theirs}`)}</h4>
          <p className={topic.theirPreparation === null ? styles.muted : styles.preparation}>
            {topic.theirPreparation === null
              ? t('meetingForm.preparationHidden')
              : topic.theirPreparation || t('meetingForm.noPreparation')}
          </p>
        </>
      )}
      <TopicTimer topic={topic} elapsedMs={elapsedMs} />
      {topic.isGoals ? <MeetingGoals form={form} party={party} onStage={large} standing={standing} /> : null}
      <NoteField
        label={title}
        hint={t(standing ? 'meetingForm.sharedNoteHintGroup' : 'meetingForm.sharedNoteHint')}
        group={standing !== undefined}
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
