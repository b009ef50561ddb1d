import { Button, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpGoal } from '../../../application/followUp/followUp';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { GoalStatus, VersionedGoal } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import { useFollowUpStyles } from '../FollowUp/useFollowUpStyles.styles';

const STATUSES: readonly GoalStatus[] = ['notStarted', 'inProgress', 'achieved', 'dropped'];

/** One open goal: what, by when, its activities and follow-ups; a new status and note to record. */
export function GoalFollowUp({ ports, goal: initial }: { ports: MusPorts; goal: VersionedGoal }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useFollowUpStyles();
  const [goal, setGoal] = useState(initial);
  const [status, setStatus] = useState<GoalStatus>(initial.value.status);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  const g = goal.value;
  const save = () => {
    setBusy(true);
    void followUpGoal(ports, goal, { status, note: note.trim() }).then((result) => {
      setBusy(false);
      setFailure(result.ok ? undefined : result.failure);
      setSaved(result.ok);
      if (!result.ok) return;
      setGoal(result.value);
      setNote('');
    });
  };
  return (
    <li className={styles.goal} aria-label={g.goal}>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {g.goal}
      </Text>
      <Text>
        {t('goals.deadline', { date: date(`${g.deadline}T12:00:00Z`) })} · {t(`goals.st_${g.status}`)}
      </Text>
      {g.activities.length > 0 ? (
        <Text size={200} weight="semibold" className={styles.label}>
          {t('goals.activitiesTitle')}
        </Text>
      ) : null}
      {g.activities.length > 0 ? (
        <ul className={styles.subList} aria-label={t('goals.activities', { goal: g.goal })}>
          {g.activities.map((a, i) => (
            <li key={i}>{a.done ? t('goals.done', { activity: a.description }) : a.description}</li>
          ))}
        </ul>
      ) : null}
      {g.followUps.length > 0 ? (
        <Text size={200} weight="semibold" className={styles.label}>
          {t('goals.notesTitle')}
        </Text>
      ) : null}
      {g.followUps.length > 0 ? (
        <ul className={styles.subList} aria-label={t('goals.notes', { goal: g.goal })}>
          {g.followUps.map((f) => (
            <li key={f.at}>
              {date(f.at)}: {t(`goals.st_${f.status}`)}
              {f.note ? `: ${f.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className={styles.form}
        aria-label={t('goals.followUpLabel', { goal: g.goal })}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field label={t('goals.statusLabel')}>
          <Select value={status} onChange={(_, data) => setStatus(data.value as GoalStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`goals.st_${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('goals.note')}>
          <Textarea value={note} maxLength={2000} onChange={(_, data) => setNote(data.value)} />
        </Field>
        {failure ? <FailureBar failure={failure} /> : null}
        {saved ? <Text role="status">{t('goals.saved')}</Text> : null}
        <Button className={styles.action} type="submit" disabled={busy}>
          {t('goals.save')}
        </Button>
      </form>
    </li>
  );
}
