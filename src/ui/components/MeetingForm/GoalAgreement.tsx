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
  readonly form: MeetingFormState;
  readonly onEdit: () => void;
}

/**
 * Who agrees to a goal so far, the other party's text while they edit it (heard live), "Jeg er enig i målet …"
 * while I have not, and "Ret målet …".
 */
export function GoalAgreement({ goal: g, party, form, onEdit }: GoalItemProps) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const agreed = (['leader', 'employee'] as const).filter((p) => g.value.agreement[p] !== null);
  const who = (p: Party) =>
    t(p === 'leader' ? 'meetingForm.responsibleLeader' : 'meetingForm.responsibleEmployee');
  return (
    <>
      <p className={styles.agreement}>
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
        <Button onClick={onEdit}>{t('meetingForm.edit', { goal: g.value.goal })}</Button>
      </div>
    </>
  );
}
