import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftOf } from '../../../application/meeting/goals';
import type { GroupStanding } from '../../../application/group/groups';
import type { Party } from '../../../application/meeting/meetingForm';
import { FailureBar } from '../FailureBar';
import { GoalForm } from './GoalForm';
import { GoalCards, GoalTable } from './GoalList';
import type { MeetingFormState } from './MeetingForm.types';
import { OtherGoalDraft } from './OtherGoalDraft';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

interface MeetingGoalsProps {
  readonly form: MeetingFormState;
  readonly party: Party;
  /** On the wide stage the goals are a table; in the narrow side panel, cards. */
  readonly onStage: boolean;
  /** My standing in a group conversation: a `member` reads the goals that the leader and the representative agree. */
  readonly standing?: GroupStanding | undefined;
}

/** The goals (goal, activities, deadline, responsible, agreement): agree, edit, add; a group's member reads them. */
export function MeetingGoals({ form, party, onStage, standing }: MeetingGoalsProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const Goals = onStage ? GoalTable : GoalCards;
  const readOnly = standing === 'member';
  return (
    <section aria-label={t('meetingForm.goals')} className={styles.goalForm}>
      <h4 className={styles.subheading}>{t('meetingForm.goals')}</h4>
      {form.goalFailure ? <FailureBar failure={form.goalFailure} /> : null}
      <p className={styles.muted}>
        {form.goals.length === 0 ? t('meetingForm.noGoals') : null}{' '}
        {readOnly
          ? t('meetingForm.goalsReadOnly')
          : form.goals.length > 0
            ? t('meetingForm.editClears')
            : null}
      </p>
      {form.goals.length > 0 ? (
        <Goals
          form={form}
          party={party}
          group={standing !== undefined}
          readOnly={readOnly}
          onEdit={setEditing}
          editing={editing}
          editor={(g) => (
            <GoalForm
              key={g.value.id}
              initial={draftOf(g.value)}
              submitLabel={t('meetingForm.saveGoal')}
              onSubmit={async (draft) => {
                if (await form.editGoal(g, draft)) setEditing(undefined);
              }}
              onCancel={() => {
                form.draftGoal(g.value.id, { goal: '', activities: '' });
                setEditing(undefined);
              }}
              onDraft={(draft) => form.draftGoal(g.value.id, draft)}
            />
          )}
        />
      ) : null}
      <OtherGoalDraft draft={form.goalDrafts.new} isNew />
      {editing === undefined && !readOnly ? (
        <GoalForm
          submitLabel={t('meetingForm.addGoal')}
          onSubmit={form.addGoal}
          onDraft={(draft) => form.draftGoal('new', draft)}
        />
      ) : null}
    </section>
  );
}
