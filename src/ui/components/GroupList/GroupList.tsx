import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { loadRoundGroups } from '../../../application/group/groups';
import type { MusPorts } from '../../../application/mus/musCall';
import type { RoundGroup } from '../../../application/ports/GroupApiPort';
import type { Person } from '../../../application/ports/MusApiPort';
import { useOutcome } from '../../app/useOutcome';
import { useLocalized } from '../../i18n/useLocalized';
import { NotReady, notReady } from '../FailureBar';
import { GroupRequest } from './GroupRequest';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  requests: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface GroupListProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  readonly reports: readonly Person[];
  /** A group or a requested individual MUS was booked: the round's conversations changed. */
  readonly onChanged?: () => void;
}

/** The round's group conversations: members, time, state, and who asked for an individual MUS instead. */
export function GroupList({ ports, roundId, reports, onChanged }: GroupListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const load = useCallback(() => loadRoundGroups(ports, roundId), [ports, roundId]);
  const { state, retry } = useOutcome(load);
  if (notReady(state)) return <NotReady state={state} label={t('group.loading')} retry={retry} />;
  if (state.value.length === 0)
    return (
      <Text as="p" block>
        {t('group.none')}
      </Text>
    );
  return (
    <ul className={styles.list} aria-label={t('group.title')}>
      {state.value.map((g) => (
        <Group
          key={g.group.value.id}
          group={g}
          reports={reports}
          ports={ports}
          onBooked={() => {
            retry();
            onChanged?.();
          }}
        />
      ))}
    </ul>
  );
}

function Group(props: {
  group: RoundGroup;
  reports: readonly Person[];
  ports: MusPorts;
  onBooked: () => void;
}) {
  const { group, requests } = props.group;
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useStyles();
  const name = (id: string) => props.reports.find((r) => r.id === id)?.displayName ?? id;
  const c = group.value;
  return (
    <li aria-label={t('group.groupOf', { count: c.groupMemberIds.length })}>
      <div className={styles.header}>
        <Text weight="semibold">{t('group.groupOf', { count: c.groupMemberIds.length })}</Text>
        <Badge appearance="tint">{t(`groupStatus.${c.status}`)}</Badge>
        <Text>{c.slot ? slot(c.slot) : t('group.notBooked')}</Text>
      </div>
      <Text as="p" block>
        {c.groupMemberIds.map(name).join(', ')}
      </Text>
      <Text as="p" block>
        {t('group.representativeIs', { name: name(c.employeeId) })}
      </Text>
      {requests.length > 0 ? (
        <>
          <Text block weight="semibold">
            {t('group.requestsTitle')}
          </Text>
          <ul className={styles.requests} aria-label={t('group.requestsTitle')}>
            {requests.map((r) => (
              <GroupRequest
                key={r.value.id}
                ports={props.ports}
                request={r}
                name={name(r.value.employeeId)}
                people={props.reports}
                onBooked={props.onBooked}
              />
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
