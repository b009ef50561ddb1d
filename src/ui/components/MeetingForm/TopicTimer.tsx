import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { runsLong, type MeetingTopic } from '../../../application/meeting/meetingForm';
import { useMeetingFormStyles } from './useMeetingFormStyles.styles';

/** The time spent on a topic against its planned minutes, with a gentle note once it runs long. */
export function TopicTimer({ topic, elapsedMs }: { topic: MeetingTopic; elapsedMs: number }) {
  const { t } = useTranslation();
  const styles = useMeetingFormStyles();
  const values = { elapsed: Math.floor(elapsedMs / 60_000), planned: topic.plannedMinutes };
  return (
    <div role="timer" aria-label={t('meetingForm.timerLabel')}>
      <Text className={styles.muted}>{t('meetingForm.timer', values)}</Text>
      {runsLong(topic, elapsedMs) ? (
        <p role="status" className={styles.runsLong}>
          {t('meetingForm.runsLong', values)}
        </p>
      ) : null}
    </div>
  );
}
