import { useCallback, useEffect, useRef, useState } from 'react';
import {
  changeMyAgenda,
  loadMyConversation,
  myConversationOf,
  proposeTopic,
  type TopicProposal,
} from '../../../application/conversations/myConversation';
import { isStale, type MusFailure, type MusPorts, type Outcome } from '../../../application/mus/musCall';
import type { VersionedConversation } from '../../../application/ports/MusApiPort';
import type { MyConversationHookResult, MyConversationState } from './MyConversation.types';

/** Load the employee's next conversation; agree to its agenda and propose topics through the use cases. */
export function useMyConversation(ports: MusPorts, employeeId: string): MyConversationHookResult {
  const [state, setState] = useState<MyConversationState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [actionFailure, setActionFailure] = useState<MusFailure | undefined>(undefined);
  const [proposalSent, setProposalSent] = useState(false);
  // One id per proposal: sending it again after a failure cannot put the same topic on the agenda twice.
  const proposalId = useRef<string | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadMyConversation(ports, employeeId, new Date()).then((result) => {
      if (!active) return;
      if (!result.ok) setState({ status: 'failed', failure: result.failure });
      else if (!result.value) setState({ status: 'none' });
      else setState({ status: 'ready', conversation: result.value });
    });
    return () => {
      active = false;
    };
  }, [ports, employeeId, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** Show the conversation as the service answered it; after a refusal say why (and reload a stale one). */
  const settle = useCallback((result: Outcome<VersionedConversation>) => {
    setBusy(false);
    if (result.ok) {
      setActionFailure(undefined);
      setState((current) =>
        current.status === 'ready'
          ? {
              status: 'ready',
              conversation: myConversationOf(result.value, current.conversation.preparation),
            }
          : current,
      );
      return true;
    }
    setActionFailure(result.failure);
    if (isStale(result.failure)) setAttempt((n) => n + 1);
    return false;
  }, []);

  const record = state.status === 'ready' ? state.conversation.record : undefined;
  const agree = useCallback(() => {
    if (!record) return;
    setBusy(true);
    setProposalSent(false);
    void changeMyAgenda(ports, record, { action: 'agree' }).then(settle);
  }, [ports, record, settle]);

  const propose = useCallback(
    async (proposal: TopicProposal) => {
      if (!record) return { sent: false };
      setBusy(true);
      proposalId.current ??= `own-${crypto.randomUUID()}`;
      const result = await proposeTopic(ports, record, proposalId.current, proposal);
      if ('invalid' in result) {
        setBusy(false);
        return { sent: false, invalid: result.invalid };
      }
      const sent = settle(result);
      if (sent) proposalId.current = undefined;
      setProposalSent(sent);
      return { sent };
    },
    [ports, record, settle],
  );

  return { state, busy, actionFailure, proposalSent, retry, agree, propose };
}
