import { useCallback, useEffect, useState } from 'react';
import { openMeeting } from '../../../application/meeting/openMeeting';
import type { MeetingSnapshot } from '../../../application/meeting/meetingForm';
import type { MusFailure } from '../../../application/mus/musCall';
import type { MeetingSurfacePorts } from '../../../application/surface/surfaceView';

/** The conversation of the meeting as the panel knows it: loading, none of mine here, failed, or open. */
export type MeetingLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'notFound' }
  | { readonly state: 'failed'; readonly failure: MusFailure }
  | { readonly state: 'open'; readonly snapshot: MeetingSnapshot };

const LOADING: MeetingLoad = { state: 'loading' };
const NOT_FOUND: MeetingLoad = { state: 'notFound' };

/** Open the meeting's conversation by its chat id (again on `retry`). No chat id: there is none. */
export function useMeetingConversation(
  ports: MeetingSurfacePorts,
  chatId: string | undefined,
  userId?: string,
) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ attempt: number; load: MeetingLoad } | undefined>(undefined);
  useEffect(() => {
    if (!chatId) return;
    let active = true;
    void openMeeting(ports, chatId, userId).then((outcome) => {
      if (!active) return;
      const load: MeetingLoad = outcome.ok
        ? { state: 'open', snapshot: outcome.value }
        : outcome.failure.problem?.code === 'not_found'
          ? NOT_FOUND
          : { state: 'failed', failure: outcome.failure };
      setLoaded({ attempt, load });
    });
    return () => {
      active = false;
    };
  }, [ports, chatId, userId, attempt]);
  const load = !chatId ? NOT_FOUND : loaded?.attempt === attempt ? loaded.load : LOADING;
  return { load, retry: useCallback(() => setAttempt((a) => a + 1), []) };
}
