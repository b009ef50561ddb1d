import { Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loadFollowUp,
  type ConversationFollowUp,
  type FollowUpSide,
} from '../../../application/followUp/followUp';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Person } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { EvaluationForm } from '../Evaluation';
import { FailureBar } from '../FailureBar';
import { GoalFollowUp } from '../GoalFollowUp';
import { Handover } from '../Handover';
import { InfoCard } from '../InfoCard';
import { SinceLast } from '../SinceLast';
import { CheckIn } from './CheckIn';
import { useFollowUpStyles } from './useFollowUpStyles.styles';

/** Props of the follow-up after the talk. */
export interface FollowUpProps {
  readonly ports: MusPorts;
  /** Mine as employee ("Mine mål"), or my reports' as leader ("Opfølgning"). */
  readonly side: FollowUpSide;
  readonly me: { readonly id: string; readonly people: readonly Person[] };
}

/** After the talk, when a mid-year check-in can be booked from the goals. */
const AFTER: readonly string[] = ['held', 'concluded', 'followedUp'];

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly rows: readonly ConversationFollowUp[] };

/** After each conversation: its short evaluation, then its open goals to follow up through the year. */
export function FollowUp({ ports, side, me }: FollowUpProps) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    void loadFollowUp(ports, side, me).then((r) => {
      if (active)
        setState(r.ok ? { status: 'ready', rows: r.value } : { status: 'failed', failure: r.failure });
    });
    return () => {
      active = false;
    };
  }, [ports, side, me, attempt]);
  if (state.status === 'loading') return <Spinner size="small" label={t('followUp.loading')} />;
  if (state.status === 'failed')
    return <FailureBar failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />;
  if (state.status === 'ready' && state.rows.length === 0)
    return side === 'leader' ? (
      <InfoCard title={t('followUp.leaderTitle')}>
        <Text>{t('followUp.noneLeader')}</Text>
      </InfoCard>
    ) : null;
  return (
    <div className={styles.column}>
      {state.rows.map((row) => (
        <Conversation key={row.record.value.id} ports={ports} row={row} side={side} />
      ))}
    </div>
  );
}

function Conversation({
  ports,
  row,
  side,
}: {
  ports: MusPorts;
  row: ConversationFollowUp;
  side: FollowUpSide;
}) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useFollowUpStyles();
  const slot = row.record.value.slot;
  const titleKey = row.handoverTo
    ? 'followUp.withFormerLeader'
    : side === 'leader'
      ? 'followUp.withEmployee'
      : 'followUp.withLeader';
  const title = t(titleKey, {
    name: row.otherName,
    date: slot ? date(slot.start) : '',
  });
  return (
    <InfoCard title={title}>
      {row.handoverTo ? <Handover ports={ports} record={row.record} to={row.handoverTo} /> : null}
      {row.sinceLast.length > 0 ? <SinceLast goals={row.sinceLast} /> : null}
      {row.evaluation.due || row.evaluation.mine ? (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {t('evaluation.title')}
          </Text>
          <EvaluationForm ports={ports} conversationId={row.record.value.id} evaluation={row.evaluation} />
        </>
      ) : null}
      {row.sinceLast.length === 0 || row.goals.length > 0 ? (
        <>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {t(side === 'leader' ? 'goals.leaderTitle' : 'goals.title')}
          </Text>
          {row.goals.length === 0 ? <Text>{t('goals.none')}</Text> : null}
          <ul className={styles.goals} aria-label={t('goals.listLabel', { name: row.otherName })}>
            {row.goals.map((goal) => (
              <GoalFollowUp key={goal.value.id} ports={ports} goal={goal} />
            ))}
          </ul>
          {side === 'leader' && row.goals.length > 0 && AFTER.includes(row.record.value.status) ? (
            <CheckIn ports={ports} row={row} />
          ) : null}
        </>
      ) : null}
    </InfoCard>
  );
}
