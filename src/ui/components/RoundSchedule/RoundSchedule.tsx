import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RoundWithConversations } from '../../../application/ports/MusApiPort';
import type { ScheduleView } from '../../../application/rounds/roundSchedule';
import { placeInDay } from '../../../application/rounds/roundSchedule';
import { FailureBar, NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { RoundBooking } from '../RoundBooking';
import { useLocalized } from '../../i18n/useLocalized';
import { MovePanel } from './MovePanel';
import type { RoundScheduleProps } from './RoundSchedule.types';
import { useRoundSchedule } from './useRoundSchedule';
import { useRoundScheduleStyles } from './useRoundScheduleStyles.styles';
import { WeekView } from './WeekView';

/** The hours to show: the working hours, widened to every proposed conversation. Pure. */
function hoursOf(round: RoundWithConversations, proposal: ScheduleView | undefined) {
  const hours = round.round.value.planning?.workingHours;
  const from = Number(hours?.startTime.slice(0, 2) ?? 8);
  const to = Math.ceil(Number(hours?.endTime.slice(0, 2) ?? 16) + Number(hours?.endTime.slice(3) ?? 0) / 60);
  const placed = (proposal?.slots ?? []).map(placeInDay);
  return {
    from: Math.min(from, ...placed.map((p) => Math.floor(p.top / 60))),
    to: Math.max(to, ...placed.map((p) => Math.ceil((p.top + p.length) / 60))),
  };
}

/** A round's schedule: "Foreslå tider", the week view, moving one conversation, who could not be placed. */
export function RoundSchedule(props: RoundScheduleProps) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useRoundScheduleStyles();
  const hook = useRoundSchedule(props);
  const { state, week } = hook;
  if (notReady(state)) return <NotReady state={state} label={t('schedule.loading')} retry={hook.retry} />;
  const { proposal } = state;
  const days = state.round.round.value.planning?.workingHours.daysOfWeek ?? [];
  const weekend = days.includes('saturday') || days.includes('sunday');
  return (
    <div className={styles.column}>
      <InfoCard title={t('schedule.title')}>
        <Text as="p">
          {proposal ? t('schedule.proposed', { count: proposal.slots.length }) : t('schedule.intro')}
        </Text>
        {hook.moved ? (
          <MessageBar intent="success">
            <MessageBarBody>
              {t('schedule.moved', { name: hook.moved.employeeName, time: slot(hook.moved) })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {!hook.moving && hook.actionFailure ? <FailureBar failure={hook.actionFailure} /> : null}
        {proposal && week ? (
          <WeekView
            slots={proposal.slots}
            week={week}
            hours={hoursOf(state.round, proposal)}
            weekend={weekend}
            movedId={hook.moved?.conversationId}
            onWeek={hook.showWeek}
            onPick={hook.startMove}
          />
        ) : null}
        {proposal && proposal.slots.length > 0 ? (
          <RoundBooking
            ports={props.ports}
            roundId={props.roundId}
            people={props.people}
            count={proposal.slots.length}
            jobId={state.round.round.value.booking?.jobId}
            onFinished={() => props.onBooked?.()}
          />
        ) : null}
        <div className={styles.actions}>
          <Button appearance={proposal ? 'secondary' : 'primary'} disabled={hook.busy} onClick={hook.propose}>
            {hook.busy && !hook.moving ? t('schedule.proposing') : t('schedule.propose')}
          </Button>
        </div>
      </InfoCard>
      <MovePanel hook={hook} />
      {proposal && proposal.unplaced.length > 0 ? (
        <InfoCard title={t('schedule.unplacedTitle')}>
          <ul className={styles.list} aria-label={t('schedule.unplacedTitle')}>
            {proposal.unplaced.map((u) => (
              <li key={u.employeeName}>
                <Text weight="semibold">{u.employeeName}</Text>
                <Text>{`: ${t(`unplaced.${u.reason}`)}`}</Text>
              </li>
            ))}
          </ul>
        </InfoCard>
      ) : null}
    </div>
  );
}
