import { Button, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FailureBar } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { useLocalized } from '../../i18n/useLocalized';
import type { RoundScheduleHookResult } from './RoundSchedule.types';
import { useRoundScheduleStyles } from './useRoundScheduleStyles.styles';

/** Where the conversation being moved can go: the free times as buttons (keyboard and screen reader alike). */
export function MovePanel({ hook }: { hook: RoundScheduleHookResult }) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useRoundScheduleStyles();
  const { moving } = hook;
  if (!moving) return null;
  const { options } = moving;
  return (
    <InfoCard title={t('schedule.moveTitle', { name: moving.slot.employeeName })}>
      <Text as="p">{t('schedule.now', { time: slot(moving.slot) })}</Text>
      {hook.actionFailure ? <FailureBar failure={hook.actionFailure} /> : null}
      {options.status === 'loading' ? <Spinner size="small" label={t('schedule.loadingTimes')} /> : null}
      {options.status === 'failed' ? (
        <FailureBar failure={options.failure} onRetry={() => hook.startMove(moving.slot)} />
      ) : null}
      {options.status === 'ready' && options.times.length === 0 ? (
        <Text as="p">{t('schedule.noFreeTimes')}</Text>
      ) : null}
      {options.status === 'ready' && options.times.length > 0 ? (
        <ul className={styles.times} aria-label={t('schedule.freeTimes')}>
          {options.times.map((time) => (
            <li key={time.start}>
              <Button disabled={hook.busy} onClick={() => hook.moveTo(time.start)}>
                {slot(time)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={hook.cancelMove}>
          {t('schedule.cancel')}
        </Button>
      </div>
    </InfoCard>
  );
}
