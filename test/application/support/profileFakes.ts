import type { AccessTokenPort, AccessTokenResult } from '../../../src/application/ports/AccessTokenPort';
import { groupRefused } from './groupFakes';
import { hrRefused } from './hrFakes';
import type { Me, MusApiPort, MusApiResult, Person } from '../../../src/application/ports/MusApiPort';
import type { ProfilePorts } from '../../../src/application/profile/myProfile';

/** A person builder. */
export function aPerson(
  displayName: string,
  id = `id-${displayName.toLowerCase().replace(/\W+/g, '-')}`,
): Person {
  return { id, displayName };
}

/** `/api/me` for an employee with a leader and nothing else; override what the test is about. */
export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u-1',
    displayName: 'Mette Leder',
    roles: { employee: true, leader: false, hr: false },
    leader: aPerson('Birgitte Holm Sørensen'),
    reports: [],
    ...overrides,
  };
}

/** `/api/me` for a leader (who has a leader too) with the given direct reports. */
export function aLeaderMe(reports: readonly string[]): Me {
  return aMe({ roles: { employee: true, leader: true, hr: false }, reports: reports.map((n) => aPerson(n)) });
}

/**
 * The rest of the MUS API for tests about the profile: no rounds, no conversations, no concepts; any change
 * is refused as unavailable.
 */
export function emptyMusApi(): Omit<MusApiPort, 'me'> {
  const none = () => Promise.resolve({ ok: true as const, value: [] });
  const unavailable = () => Promise.resolve({ ok: false as const, reason: 'unavailable' as const });
  return {
    concepts: none,
    rounds: none,
    conversations: none,
    createRound: unavailable,
    conversation: unavailable,
    round: unavailable,
    schedule: unavailable,
    scheduleOptions: unavailable,
    book: unavailable,
    bookingJob: unavailable,
    changeAgenda: unavailable,
    preparation: unavailable,
    writePreparation: unavailable,
    changeStatus: unavailable,
    invitation: unavailable,
    linkMeeting: unavailable,
    links: unavailable,
    musTests: none,
    answerMusTest: unavailable,
    evaluation: unavailable,
    evaluate: unavailable,
    goals: none,
    followUpGoal: unavailable,
    ...hrRefused,
    ...groupRefused,
    sinceLast: unavailable,
    handOver: unavailable,
  };
}

/** Profile ports in memory: a host that gives `token` (or refuses) and a service that answers `answers` in turn. */
export function inMemoryProfile(
  answers: readonly MusApiResult<Me>[],
  token: AccessTokenResult = { ok: true, token: 'token-1' },
): ProfilePorts & { readonly tokensSeen: string[] } {
  const tokensSeen: string[] = [];
  let call = 0;
  const accessToken: AccessTokenPort = {
    getAccessToken: () => Promise.resolve(token),
    signIn: () => Promise.resolve(token),
  };
  const musApi: MusApiPort = {
    ...emptyMusApi(),
    me(accessToken) {
      tokensSeen.push(accessToken);
      const answer = answers[Math.min(call++, answers.length - 1)];
      if (!answer) throw new Error('no answer configured');
      return Promise.resolve(answer);
    },
  };
  return { accessToken, musApi, tokensSeen };
}
