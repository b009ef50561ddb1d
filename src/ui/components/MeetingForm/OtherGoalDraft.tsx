import { useTranslation } from 'react-i18next';
import type { GoalText } from './useMeetingGoals';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

/** The other party's goal text as they type it (heard live; the service's goal is what counts). */
export function OtherGoalDraft({ draft, isNew }: { draft: GoalText | undefined; isNew: boolean }) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  if (!draft) return null;
  const text = [draft.goal, draft.activities.split('\n').filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' – ');
  return (
    <p className={styles.muted}>
      {t(isNew ? 'meetingForm.otherNewGoal' : 'meetingForm.otherEditsGoal', { text })}
    </p>
  );
}
