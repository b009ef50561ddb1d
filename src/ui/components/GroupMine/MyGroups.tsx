import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMyGroups } from '../../../application/group/groups';
import { joinUrlOf } from '../../../application/conversations/myConversation';
import type { MusPorts } from '../../../application/mus/musCall';
import type { VersionedConversation } from '../../../application/ports/MusApiPort';
import { useOutcome } from '../../app/useOutcome';
import { groupTexts } from '../../i18n/groupTexts';
import { useTexts } from '../../i18n/textBundle';
import { useLocalized } from '../../i18n/useLocalized';
import { NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { AskIndividual } from './AskIndividual';

const useStyles = makeStyles({
  topics: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface MyGroupsProps {
  readonly ports: MusPorts;
  readonly me: string;
  readonly leaderName: string | undefined;
  /** An individual MUS was asked for: Mine MUS shows it. */
  readonly onAsked?: () => void;
}

/** "Mine MUS": the group conversations I am in, with their topics, the meeting and "individuel MUS i stedet". */
export function MyGroups({ ports, me, leaderName, onAsked }: MyGroupsProps) {
  useTexts(groupTexts);
  const { t } = useTranslation();
  const load = useCallback(() => loadMyGroups(ports, me), [ports, me]);
  const { state, retry } = useOutcome(load);
  // Most employees are in no group: nothing shows while loading.
  if (state.status === 'loading') return null;
  if (notReady(state)) return <NotReady state={state} label={t('group.loading')} retry={retry} />;
  return (
    <>
      {state.value.map((g) => (
        <MyGroup key={g.value.id} {...{ ports, me, leaderName, onAsked }} group={g} />
      ))}
    </>
  );
}

function MyGroup({
  ports,
  me,
  leaderName,
  onAsked,
  group,
}: MyGroupsProps & { group: VersionedConversation }) {
  const { t } = useTranslation();
  const { text, slot } = useLocalized();
  const styles = useStyles();
  const c = group.value;
  const join = joinUrlOf(group);
  return (
    <InfoCard title={t('group.mineTitle')}>
      <Text as="p">{t('group.mineWith', { leader: leaderName ?? '', count: c.groupMemberIds.length })}</Text>
      <Text as="p" weight="semibold">
        {c.slot ? slot(c.slot) : t('group.notBooked')}
      </Text>
      {c.employeeId === me ? <Text as="p">{t('group.mineYouRepresent')}</Text> : null}
      <Text as="h3" weight="semibold">
        {t('group.mineTopics')}
      </Text>
      <ol className={styles.topics}>
        {c.agenda.items
          .filter((i) => i.status === 'accepted')
          .map((i) => (
            <li key={i.topic.id}>{text(i.topic.title)}</li>
          ))}
      </ol>
      {join ? (
        <Link href={join} target="_blank" rel="noreferrer">
          {t('group.join')}
        </Link>
      ) : null}
      <AskIndividual ports={ports} groupId={c.id} {...(onAsked ? { onAsked } : {})} />
    </InfoCard>
  );
}
