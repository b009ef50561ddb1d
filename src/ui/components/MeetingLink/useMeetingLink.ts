import { useCallback, useEffect, useState } from 'react';
import {
  linkMeetingTo,
  loadMeetingLink,
  type LinkChoice,
  type MeetingLinkState,
} from '../../../application/meeting/linkMeeting';
import type { MeetingPorts } from '../../../application/meeting/openMeeting';
import type { MusFailure } from '../../../application/mus/musCall';

/** The configuration page's link between the meeting and a conversation: load, choose, link. */
export function useMeetingLink(ports: MeetingPorts, chatId: string) {
  const [state, setState] = useState<MeetingLinkState | undefined>(undefined);
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  const [chosen, choose] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    void loadMeetingLink(ports, chatId).then((outcome) => {
      if (outcome.ok) setState(outcome.value);
      setFailure(outcome.ok ? undefined : outcome.failure);
    });
  }, [ports, chatId]);
  useEffect(load, [load]);
  const link = useCallback(
    async (choice: LinkChoice | undefined) => {
      if (!choice) return;
      setBusy(true);
      const outcome = await linkMeetingTo(ports, chatId, choice);
      setBusy(false);
      if (outcome.ok) setState(outcome.value);
      setFailure(outcome.ok ? undefined : outcome.failure);
    },
    [ports, chatId],
  );
  return { state, failure, chosen, choose, busy, link, retry: load };
}
