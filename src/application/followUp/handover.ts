import type { Person, VersionedConversation } from '../ports/MusApiPort';
import { authorized, type MusPorts, type Outcome } from '../mus/musCall';

/**
 * My new manager, when a conversation of mine is still with the leader I had: the one I may hand it to (its
 * open goals and signed conclusion). Undefined when there is nothing to hand over.
 */
export function handoverCandidate(
  record: VersionedConversation,
  currentLeader: Person | undefined,
): Person | undefined {
  if (!currentLeader || record.value.status === 'cancelled') return undefined;
  return record.value.leaderId === currentLeader.id ? undefined : currentLeader;
}

/** I hand my conversation to my new manager: they become its leader; my former leader loses access. */
export function handOver(
  ports: MusPorts,
  record: VersionedConversation,
  to: Person,
): Promise<Outcome<VersionedConversation>> {
  return authorized(ports, ports.musApi).handOver(record.value.id, record.etag, to.id);
}

/** How long a "not now" to a handover holds before the employee is asked again. */
export const NOT_NOW_DAYS = 30;
const DAY = 86_400_000;

/**
 * What a "not now" is remembered by: the employee, the conversation, its leader now and the new leader. When
 * any of them changes (another new manager, the conversation handed on elsewhere), it is a new question.
 */
export const notNowKey = (record: VersionedConversation, to: Person): string =>
  `mus.handover.notNow:${record.value.employeeId}:${record.value.id}:${record.value.leaderId}:${to.id}`;

/** When to ask again after a "not now" said at `saidAt` (an ISO instant); undefined when it is time now. */
export function askAgainAt(saidAt: string | null | undefined, now: Date): Date | undefined {
  const said = Date.parse(saidAt ?? '');
  if (!Number.isFinite(said) || said > now.getTime()) return undefined;
  const again = new Date(said + NOT_NOW_DAYS * DAY);
  return again > now ? again : undefined;
}
