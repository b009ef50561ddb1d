import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../application/meeting/meetingForm';
import type { VersionedGoal } from '../../../application/ports/MeetingApiPort';
import { GoalFacts, longDate } from '../Conclusion/GoalFacts';
import { useLocalized } from '../../i18n/useLocalized';
import { GoalAgreement } from './GoalAgreement';
import type { MeetingFormState } from './MeetingForm.types';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

interface GoalListProps {
  readonly form: MeetingFormState;
  readonly party: Party;
  /** A group conversation: the employee's side is the group's representative. */
  readonly group: boolean;
  /** A group's member reads the goals: no agreeing, no editing. */
  readonly readOnly: boolean;
  readonly onEdit: (goalId: string) => void;
  /** The goal being edited, and its form. */
  readonly editing: string | undefined;
  readonly editor: (goal: VersionedGoal) => ReactNode;
}

const factsOf = ({ value }: VersionedGoal) => ({
  activities: value.activities.map((a) => a.description),
  deadline: value.deadline,
  responsible: value.responsible,
});

/**
 * The goals in the narrow side panel: one card each (name, facts, agreement; its form while edited), so that
 * nothing scrolls sideways.
 */
export function GoalCards({ form, onEdit, editing, editor, ...who }: GoalListProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  return (
    <ul className={styles.cards} aria-label={t('meetingForm.goals')}>
      {form.goals.map((g) => (
        <li key={g.value.id} className={styles.card}>
          <h5 className={styles.cardTitle}>{g.value.goal}</h5>
          {editing === g.value.id ? (
            editor(g)
          ) : (
            <>
              <GoalFacts {...factsOf(g)} />
              <GoalAgreement goal={g} {...who} form={form} onEdit={() => onEdit(g.value.id)} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The goals on the wide stage: a table (goal, activities, deadline, responsible), the agreement under each;
 * the form of the goal being edited below it.
 */
export function GoalTable({ form, onEdit, editing, editor, ...who }: GoalListProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const { language } = useLocalized();
  const columns = ['goal', 'activitiesColumn', 'deadline', 'responsible'] as const;
  return (
    <>
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={styles.cell}>
                {t(`meetingForm.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        {form.goals.map((g) => {
          const { activities, deadline, responsible } = factsOf(g);
          return (
            <tbody key={g.value.id}>
              <tr>
                <th scope="row" className={styles.cell}>
                  {g.value.goal}
                </th>
                <td className={styles.cell}>{activities.join(', ')}</td>
                <td className={styles.cell}>{longDate(language, deadline)}</td>
                <td className={styles.cell}>{t(`conclusion.${responsible}`)}</td>
              </tr>
              <tr>
                <td colSpan={columns.length} className={styles.cell}>
                  <GoalAgreement goal={g} {...who} form={form} onEdit={() => onEdit(g.value.id)} />
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
      {form.goals.filter((g) => g.value.id === editing).map(editor)}
    </>
  );
}
