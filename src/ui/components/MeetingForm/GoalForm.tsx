import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyGoalDraft, goalDraftProblem, type GoalDraft } from '../../../application/meeting/goals';
import { GOAL_CATEGORIES } from '../../../application/hr/categories';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

interface GoalFormProps {
  readonly initial?: GoalDraft;
  readonly submitLabel: string;
  /** Resolves true when the goal was saved (the form then empties). */
  readonly onSubmit: (draft: GoalDraft) => Promise<boolean | void>;
  readonly onCancel?: () => void;
  /** The text changed (it travels live to the other party). */
  readonly onDraft?: (draft: GoalDraft) => void;
}

/** A goal's fields: goal, activities (one a line), deadline, who is responsible, category. Refuses a goal without text or deadline. */
export function GoalForm({
  initial = emptyGoalDraft,
  submitLabel,
  onSubmit,
  onCancel,
  onDraft,
}: GoalFormProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<ReturnType<typeof goalDraftProblem>>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<GoalDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    onDraft?.(next);
  };
  const submit = async () => {
    const found = goalDraftProblem(draft);
    setProblem(found);
    if (found) return;
    setBusy(true);
    const saved = await onSubmit(draft);
    setBusy(false);
    if (saved !== false && !onCancel) setDraft(emptyGoalDraft);
  };
  return (
    <form
      className={styles.goalForm}
      aria-label={onCancel ? draft.goal : t('meetingForm.newGoal')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {onCancel ? null : <h5 className={styles.subheading}>{t('meetingForm.newGoal')}</h5>}
      <Field
        label={t('meetingForm.goal')}
        validationMessage={problem === 'goalMissing' ? t('meetingForm.goalMissing') : undefined}
      >
        {/* A goal opened for editing takes the focus: its fields are where "Ret målet" was. */}
        <Input value={draft.goal} autoFocus={Boolean(onCancel)} onChange={(_, d) => set({ goal: d.value })} />
      </Field>
      <Field label={t('meetingForm.activities')}>
        <Textarea value={draft.activities} onChange={(_, d) => set({ activities: d.value })} />
      </Field>
      <Field
        label={t('meetingForm.deadline')}
        validationMessage={problem === 'deadlineMissing' ? t('meetingForm.deadlineMissing') : undefined}
      >
        <Input type="date" value={draft.deadline} onChange={(_, d) => set({ deadline: d.value })} />
      </Field>
      <Field label={t('meetingForm.responsible')}>
        <Select
          value={draft.responsible}
          onChange={(_, d) => set({ responsible: d.value as GoalDraft['responsible'] })}
        >
          <option value="both">{t('meetingForm.responsibleBoth')}</option>
          <option value="employee">{t('meetingForm.responsibleEmployee')}</option>
          <option value="leader">{t('meetingForm.responsibleLeader')}</option>
        </Select>
      </Field>
      <Field label={t('meetingForm.category')}>
        <Select
          value={draft.category ?? ''}
          onChange={(_, d) => set({ category: d.value as GoalDraft['category'] })}
        >
          {GOAL_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`meetingForm.category_${c || 'none'}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('meetingForm.cancelEdit')}</Button> : null}
      </div>
    </form>
  );
}
