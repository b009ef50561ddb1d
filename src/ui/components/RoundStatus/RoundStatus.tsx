import { Badge, Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { canRebook, type RoundConversation } from '../../../application/rounds/roundStatus';
import { FailureBar, NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { useLocalized } from '../../i18n/useLocalized';
import { ConversationActions } from './ConversationActions';
import type { RoundStatusHookResult, RoundStatusProps } from './RoundStatus.types';
import { useRoundStatus } from './useRoundStatus';
import { useRoundStatusStyles } from './useRoundStatusStyles.styles';

const both = (x: { leader: boolean; employee: boolean }) =>
  x.leader && x.employee ? 'Both' : x.leader ? 'Leader' : x.employee ? 'Employee' : 'None';

/** The round's conversations: each one's state, agenda agreement, who prepared, and proposals to answer. */
export function RoundStatus(props: RoundStatusProps) {
  const { t } = useTranslation();
  const styles = useRoundStatusStyles();
  const hook = useRoundStatus(props);
  const { state } = hook;
  if (notReady(state)) return <NotReady state={state} label={t('roundStatus.loading')} retry={hook.retry} />;
  return (
    <InfoCard title={t('roundStatus.title')}>
      {hook.actionFailure ? <FailureBar failure={hook.actionFailure} /> : null}
      <ul className={styles.list} aria-label={t('roundStatus.title')}>
        {state.rows.map((row) => (
          <Row key={row.record.value.id} row={row} hook={hook} props={props} />
        ))}
      </ul>
    </InfoCard>
  );
}

function Row(p: { row: RoundConversation; hook: RoundStatusHookResult; props: RoundStatusProps }) {
  const { row, hook, props } = p;
  const { t } = useTranslation();
  const { text, slot } = useLocalized();
  const styles = useRoundStatusStyles();
  return (
    <li className={styles.item} aria-label={row.employeeName}>
      <div className={styles.header}>
        <Text weight="semibold">{row.employeeName}</Text>
        <Badge appearance="tint" color={row.status === 'cancelled' ? 'danger' : 'brand'}>
          {t(`state.${row.status}`)}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('roundStatus.time')}</dt>
        <dd className={styles.detail}>{row.slot ? slot(row.slot) : t('roundStatus.notBooked')}</dd>
        <dt className={styles.term}>{t('roundStatus.agenda')}</dt>
        <dd className={styles.detail}>{t(`roundStatus.agreed${both(row.agreedBy)}`)}</dd>
        <dt className={styles.term}>{t('roundStatus.prepared')}</dt>
        <dd className={styles.detail}>{t(`roundStatus.prepared${both(row.preparedBy)}`)}</dd>
      </dl>
      {canRebook(row) ? (
        <ConversationActions ports={props.ports} roundId={props.roundId} row={row} onChanged={hook.refresh} />
      ) : null}
      {row.proposals.length > 0 ? (
        <Text weight="semibold">{t('roundStatus.proposals', { name: row.employeeName })}</Text>
      ) : null}
      {row.proposals.map(({ topic, reason }) => (
        <div key={topic.id} className={styles.proposal}>
          <span className={styles.proposalTitle}>
            <Text weight="semibold">{text(topic.title)}</Text>
            {reason ? <Text as="p">{t('roundStatus.reasonGiven', { reason })}</Text> : null}
          </span>
          {([true, false] as const).map((accept) => (
            <Button
              key={String(accept)}
              appearance={accept ? 'primary' : 'secondary'}
              size="small"
              disabled={hook.busy}
              aria-label={t(accept ? 'roundStatus.acceptLabel' : 'roundStatus.declineLabel', {
                topic: text(topic.title),
              })}
              onClick={() => hook.answer(row, topic.id, accept)}
            >
              {t(accept ? 'roundStatus.accept' : 'roundStatus.decline')}
            </Button>
          ))}
        </div>
      ))}
    </li>
  );
}
