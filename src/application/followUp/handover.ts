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
