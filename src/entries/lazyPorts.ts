import type { ConclusionApiPort } from '../application/ports/ConclusionApiPort';
import type { MeetingPorts } from '../application/meeting/openMeeting';

/**
 * A port whose adapter is loaded on its first call (its own chunk, fetched while the page starts), so the
 * page's first JavaScript stays small. Every member of a port is an async method, so each call waits for the
 * adapter and then is the adapter's own.
 */
function lazyPort<P extends object>(load: () => Promise<P>): P {
  return new Proxy({} as P, {
    get: (_, name) => {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const adapter = (await load()) as Record<string, (...a: unknown[]) => Promise<unknown>>;
        return adapter[name]?.(...args);
      };
    },
  });
}

/** The meeting's service ports (token, MUS API, meeting API, conclusion API), their adapters in a chunk of their own. */
export function lazyMeetingPorts(origin: string): MeetingPorts {
  let ports: Promise<Required<MeetingPorts>> | undefined;
  const all = () => (ports ??= import('./meetingPorts').then((m) => m.meetingPorts(origin)));
  return {
    accessToken: lazyPort(() => all().then((p) => p.accessToken)),
    musApi: lazyPort(() => all().then((p) => p.musApi)),
    meetingApi: lazyPort(() => all().then((p) => p.meetingApi)),
    conclusionApi: lazyPort<ConclusionApiPort>(() => all().then((p) => p.conclusionApi)),
  };
}
