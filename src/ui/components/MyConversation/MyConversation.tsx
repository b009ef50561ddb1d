import { Badge, Button, Link, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MyConversation as Conversation } from '../../../application/conversations/myConversation';
import { FailureBar, NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { PreparationForm } from '../PreparationForm';
import { useLocalized } from '../../i18n/useLocalized';
import { AgendaTopics } from './AgendaTopics';
import type { MyConversationHookResult, MyConversationProps } from './MyConversation.types';
import { ProposeTopicForm } from './ProposeTopicForm';
import { useMyConversation } from './useMyConversation';
import { useMyConversationStyles } from './useMyConversationStyles.styles';

/** "Mine MUS": the employee's next conversation, its agenda, a proposal form and their preparation. */
export function MyConversation({ ports, employeeId, leaderName }: MyConversationProps) {
  const { t } = useTranslation();
  const styles = useMyConversationStyles();
  const hook = useMyConversation(ports, employeeId);
  const { state } = hook;
  if (notReady(state))
    return <NotReady state={state} label={t('mine.loading')} retry={hook.retry} className={styles.loading} />;
  if (state.status === 'none')
    return (
      <InfoCard title={t('mine.title')}>
        <Text as="p">{t('mine.none')}</Text>
      </InfoCard>
    );
  const { conversation } = state;
  const accepted = conversation.agenda.filter((i) => i.status === 'accepted');
  return (
    <div className={styles.section}>
      <Facts conversation={conversation} leaderName={leaderName} />
      <Agenda conversation={conversation} hook={hook} />
      {conversation.agendaOpen ? (
        <InfoCard title={t('mine.proposeTitle')}>
          <Text as="p">{t('mine.proposeIntro')}</Text>
          <ProposeTopicForm busy={hook.busy} sent={hook.proposalSent} onPropose={hook.propose} />
        </InfoCard>
      ) : null}
      <PreparationForm
        key={conversation.record.value.id}
        ports={ports}
        conversationId={conversation.record.value.id}
        topics={accepted}
        preparation={conversation.preparation}
        side="employee"
      />
    </div>
  );
}

function Facts({ conversation, leaderName }: { conversation: Conversation; leaderName?: string }) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useMyConversationStyles();
  const record = conversation.record.value;
  return (
    <InfoCard title={t('mine.title')}>
      {leaderName ? <Text as="p">{t('mine.with', { name: leaderName })}</Text> : null}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('mine.when')}</dt>
        <dd className={styles.detail}>{record.slot ? slot(record.slot) : t('mine.notBooked')}</dd>
        <dt className={styles.term}>{t('mine.status')}</dt>
        <dd className={styles.detail}>
          <Badge appearance="tint" color="brand">
            {t(`state.${record.status}`)}
          </Badge>
        </dd>
      </dl>
      {conversation.joinUrl ? (
        <Link href={conversation.joinUrl} target="_blank" rel="noreferrer">
          {t('mine.join')}
        </Link>
      ) : null}
    </InfoCard>
  );
}

function Agenda({ conversation, hook }: { conversation: Conversation; hook: MyConversationHookResult }) {
  const { t } = useTranslation();
  const styles = useMyConversationStyles();
  const pending = conversation.agenda.some((i) => i.status === 'proposed');
  const { agreed, agendaOpen } = conversation;
  return (
    <InfoCard title={t('mine.agendaTitle')}>
      <Text as="p">{t('mine.agendaIntro')}</Text>
      <AgendaTopics items={conversation.agenda} />
      {!agendaOpen ? <Text as="p">{t('mine.agendaSettled')}</Text> : null}
      {agendaOpen && agreed.leader ? <Text as="p">{t('mine.agreedByLeader')}</Text> : null}
      {agendaOpen && agreed.employee ? <Text as="p">{t('mine.agreedByYou')}</Text> : null}
      {agendaOpen && pending ? <Text as="p">{t('mine.waitForLeader')}</Text> : null}
      {agendaOpen && !agreed.employee ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={hook.agree} disabled={hook.busy || pending}>
            {t('mine.agree')}
          </Button>
        </div>
      ) : null}
      {hook.actionFailure ? <FailureBar failure={hook.actionFailure} /> : null}
    </InfoCard>
  );
}
