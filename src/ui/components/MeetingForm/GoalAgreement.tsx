import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../application/meeting/meetingForm';
import type { VersionedGoal } from '../../../application/ports/MeetingApiPort';
import type { MeetingFormState } from './MeetingForm.types';
import { OtherGoalDraft } from './OtherGoalDraft';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

export interface GoalItemProps {
  readonly goal: VersionedGoal;
  readonly party: Party;
  /** A group conversation: the employee's side is the group's representative. */
  readonly group?: boolean;
  /** A group's member reads who agrees: no buttons. */
  readonly readOnly?: boolean;
  readonly form: MeetingFormState;
  readonly onEdit: () => void;
}

/**
 * Who agrees to a goal so far, the other party's text while they edit it (heard live), "Jeg er enig i målet …"
 * while I have not, and "Ret målet …".
 */
export function GoalAgreement({ goal: g, party, group, readOnly, form, onEdit }: GoalItemProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const agreed = (['leader', 'employee'] as const).filter((p) => g.value.agreement[p] !== null);
  const employee = group ? 'meetingForm.representative' : 'meetingForm.responsibleEmployee';
  const who = (p: Party) => t(p === 'leader' ? 'meetingForm.responsibleLeader' : employee);
  return (
    <>
      <p className={styles.agreement}>
        {agreed.length === 2
          ? t(group ? 'meetingForm.agreedBothGroup' : 'meetingForm.agreedBoth')
          : agreed.length === 0
            ? t('meetingForm.agreedNone')
            : t('meetingForm.agreedBy', { who: who(agreed[0]!) })}
      </p>
      <OtherGoalDraft draft={form.goalDrafts[g.value.id]} isNew={false} />
      {readOnly ? null : (
        <div className={styles.row}>
          {g.value.agreement[party] === null ? (
            <Button appearance="primary" onClick={() => void form.agreeGoal(g)}>
              {t('meetingForm.agree', { goal: g.value.goal })}
            </Button>
          ) : null}
          <Button onClick={onEdit}>{t('meetingForm.edit', { goal: g.value.goal })}</Button>
        </div>
      )}
    </>
  );
}
