import { Button } from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftOf } from '../../../application/meeting/goals';
import type { Party } from '../../../application/meeting/meetingForm';
import { FailureBar } from '../FailureBar';
import { GoalForm } from './GoalForm';
import type { MeetingFormState } from './MeetingForm.types';
import { OtherGoalDraft } from './OtherGoalDraft';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

/** The goals table (goal, activities, deadline, responsible, agreement): agree, edit, add. */
export function MeetingGoals({ form, party }: { form: MeetingFormState; party: Party }) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const who = (p: Party) =>
    t(p === 'leader' ? 'meetingForm.responsibleLeader' : 'meetingForm.responsibleEmployee');
  const columns = ['goal', 'activitiesColumn', 'deadline', 'responsible'] as const;
  return (
    <section aria-label={t('meetingForm.goals')} className={styles.goalForm}>
      <h4 className={styles.subheading}>{t('meetingForm.goals')}</h4>
      {form.goalFailure ? <FailureBar failure={form.goalFailure} /> : null}
      {form.goals.length === 0 ? <p className={styles.muted}>{t('meetingForm.noGoals')}</p> : null}
      {form.goals.length > 0 ? (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.muted}>{t('meetingForm.editClears')}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className={styles.cell}>
                    {t(`meetingForm.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {form.goals.map((g) => {
                const agreed = (['leader', 'employee'] as const).filter((p) => g.value.agreement[p] !== null);
                return (
                  <Fragment key={g.value.id}>
                    <tr>
                      <th scope="row" className={styles.cell}>
                        {g.value.goal}
                      </th>
                      <td className={styles.cell}>
                        {g.value.activities.map((a) => a.description).join(', ')}
                      </td>
                      <td className={styles.cell}>{g.value.deadline}</td>
                      <td className={styles.cell}>
                        {t(`meetingForm.responsible${capital(g.value.responsible)}`)}
                      </td>
                    </tr>
                    {/* The agreement under its goal, across the row: the panel is narrow. */}
                    <tr>
                      <td colSpan={columns.length} className={styles.cell}>
                        <p>
                          {agreed.length === 2
                            ? t('meetingForm.agreedBoth')
                            : agreed.length === 0
                              ? t('meetingForm.agreedNone')
                              : t('meetingForm.agreedBy', { who: who(agreed[0]!) })}
                        </p>
                        <OtherGoalDraft draft={form.goalDrafts[g.value.id]} isNew={false} />
                        <div className={styles.row}>
                          {g.value.agreement[party] === null ? (
                            <Button appearance="primary" onClick={() => void form.agreeGoal(g)}>
                              {t('meetingForm.agree', { goal: g.value.goal })}
                            </Button>
                          ) : null}
                          <Button onClick={() => setEditing(g.value.id)}>
                            {t('meetingForm.edit', { goal: g.value.goal })}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {form.goals
        .filter((g) => g.value.id === editing)
        .map((g) => (
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
        ))}
      <OtherGoalDraft draft={form.goalDrafts.new} isNew />
      {editing === undefined ? (
        <GoalForm
          submitLabel={t('meetingForm.addGoal')}
          onSubmit={form.addGoal}
          onDraft={(draft) => form.draftGoal('new', draft)}
        />
      ) : null}
    </section>
  );
}

const capital = (p: 'leader' | 'employee' | 'both') =>
  p === 'leader' ? 'Leader' : p === 'employee' ? 'Employee' : 'Both';
