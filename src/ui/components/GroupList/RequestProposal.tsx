import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { proposeRequestTime } from '../../../application/group/groups';
import type { MusPorts } from '../../../application/mus/musCall';
import type { VersionedConversation } from '../../../application/ports/MusApiPort';
import { useOutcome } from '../../app/useOutcome';
import { useLocalized } from '../../i18n/useLocalized';
import { NotReady, notReady } from '../FailureBar';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface RequestProposalProps {
  readonly ports: MusPorts;
  readonly request: VersionedConversation;
  /** A booking is under way: the button waits. */
  readonly busy: boolean;
  readonly onBook: (time: { start: string; end: string }) => void;
}

/** A free time for the leader and the member both (the service's proposal), booked in one click. */
export function RequestProposal({ ports, request, busy, onBook }: RequestProposalProps) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useStyles();
  const load = useCallback(() => proposeRequestTime(ports, request), [ports, request]);
  const { state, retry } = useOutcome(load);
  if (notReady(state)) return <NotReady state={state} label={t('group.proposing')} retry={retry} />;
  const time = state.value;
  if (!time)
    return (
      <Text as="p" block>
        {t('group.noProposal')}
      </Text>
    );
  return (
    <div className={styles.row}>
      <Text>{t('group.proposal', { when: slot(time) })}</Text>
      <Button appearance="primary" disabled={busy} onClick={() => onBook(time)}>
        {t('group.bookProposal')}
      </Button>
    </div>
  );
}
