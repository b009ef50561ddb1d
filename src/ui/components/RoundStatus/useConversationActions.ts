import { useCallback, useState } from 'react';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { FreeSlot, VersionedConversation } from '../../../application/ports/MusApiPort';
import { freeTimes } from '../../../application/rounds/roundSchedule';
import {
  cancelConversation,
  rebookConversation,
  type RoundConversation,
} from '../../../application/rounds/roundStatus';

/** Where the leader is in moving or cancelling one booked conversation. */
export type ActionStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'times'; readonly times: readonly FreeSlot[] | undefined }
  | { readonly kind: 'confirmMove'; readonly slot: FreeSlot }
  | { readonly kind: 'confirmCancel' };

/** Move ("Flyt") or cancel ("Aflys") one booked conversation, each after a confirmation. */
export function useConversationActions(
  ports: MusPorts,
  roundId: string,
  row: RoundConversation,
  onChanged: (record: VersionedConversation) => void,
) {
  const [step, setStep] = useState<ActionStep>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MusFailure | undefined>();
  const [reason, setReason] = useState('');
  const id = row.record.value.id;

  const startMove = useCallback(() => {
    setFailure(undefined);
    setStep({ kind: 'times', times: undefined });
    void freeTimes(ports, roundId, id).then((result) => {
      if (result.ok) return setStep({ kind: 'times', times: result.value });
      setFailure(result.failure);
      setStep({ kind: 'idle' });
    });
  }, [ports, roundId, id]);

  const run = useCallback(
    (
      change: () => Promise<{ ok: true; value: VersionedConversation } | { ok: false; failure: MusFailure }>,
    ) => {
      setBusy(true);
      void change().then((result) => {
        setBusy(false);
        if (!result.ok) return setFailure(result.failure);
        setFailure(undefined);
        setStep({ kind: 'idle' });
        onChanged(result.value);
      });
    },
    [onChanged],
  );

  const confirm = useCallback(() => {
    if (step.kind === 'confirmMove') run(() => rebookConversation(ports, row.record, step.slot));
    if (step.kind === 'confirmCancel') run(() => cancelConversation(ports, row.record, reason.trim()));
  }, [step, run, ports, row.record, reason]);

  return {
    step,
    busy,
    failure,
    reason,
    setReason,
    startMove,
    choose: (slot: FreeSlot) => setStep({ kind: 'confirmMove', slot }),
    startCancel: () => {
      setFailure(undefined);
      setStep({ kind: 'confirmCancel' });
    },
    back: () => setStep({ kind: 'idle' }),
    confirm,
  };
}
