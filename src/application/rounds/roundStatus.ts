import type { ConversationStatus, Person, VersionedConversation, VersionedRound } from '../ports/MusApiPort';
import type { AgendaTopic } from '../conversations/myConversation';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** One conversation of a round as the leader follows it. */
export interface RoundConversation {
  readonly record: VersionedConversation;
  readonly employeeName: string;
  readonly status: ConversationStatus;
  readonly slot: { readonly start: string; readonly end: string } | null;
  /** Who has handed in their preparation. */
  readonly preparedBy: { readonly leader: boolean; readonly employee: boolean };
  /** Who has agreed the agenda as it stands. */
  readonly agreedBy: { readonly leader: boolean; readonly employee: boolean };
  /** The employee's proposals waiting for the leader's answer. */
  readonly proposals: readonly AgendaTopic[];
}

/** The leader's rounds, newest first. */
export async function loadRounds(ports: MusPorts): Promise<Outcome<VersionedRound[]>> {
  const rounds = await authorized(ports, ports.musApi).rounds();
  if (!rounds.ok) return rounds;
  return succeeded([...rounds.value].sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt)));
}

/** Who has handed in a preparation (`GET /api/rounds/{id}`), before the agenda is agreed too. */
export type Submitted = { readonly leader: boolean; readonly employee: boolean };

/** A conversation as a row of the round's status list; the name from the leader's direct reports. Pure. */
export function roundConversationOf(
  record: VersionedConversation,
  people: readonly Person[],
  submitted: Submitted = { leader: false, employee: false },
): RoundConversation {
  const c = record.value;
  const name = (id: string) => people.find((p) => p.id === id)?.displayName ?? id;
  return {
    record,
    // A group conversation (GRUS) is named by its members, its representative first.
    employeeName:
      c.groupMemberIds.length > 0
        ? `GRUS: ${[c.employeeId, ...c.groupMemberIds.filter((id) => id !== c.employeeId)].map(name).join(', ')}`
        : name(c.employeeId),
    status: c.status,
    slot: c.slot,
    preparedBy: {
      leader: submitted.leader || c.preparedAt.leader !== null,
      employee: submitted.employee || c.preparedAt.employee !== null,
    },
    agreedBy: {
      leader: c.agenda.agreement.leader !== null,
      employee: c.agenda.agreement.employee !== null,
    },
    proposals: c.agenda.items.filter((i) => i.status === 'proposed' && i.proposedBy === 'employee'),
  };
}

/** Booked conversations by time, then the unbooked by name. Pure. */
export function byTimeThenName(a: RoundConversation, b: RoundConversation): number {
  if (a.slot && b.slot) return a.slot.start.localeCompare(b.slot.start);
  if (a.slot || b.slot) return a.slot ? -1 : 1;
  return a.employeeName.localeCompare(b.employeeName, 'da');
}

/** The round's conversations with their state, as the leader's status list shows them (`GET /api/rounds/{id}`). */
export async function loadRoundStatus(
  ports: MusPorts,
  roundId: string,
  people: readonly Person[],
): Promise<Outcome<RoundConversation[]>> {
  const round = await authorized(ports, ports.musApi).round(roundId);
  if (!round.ok) return round;
  const { conversations, submitted } = round.value;
  return succeeded(
    conversations.map((c) => roundConversationOf(c, people, submitted[c.value.id])).sort(byTimeThenName),
  );
}

/** A booked conversation that can still move or be cancelled (not held yet). Pure. */
export const canRebook = (row: RoundConversation): boolean =>
  row.slot !== null && ['booked', 'agendaAgreed', 'prepared'].includes(row.status);

/** Move a booked conversation to a free time: its meeting moves in both calendars. */
export function rebookConversation(
  ports: MusPorts,
  record: VersionedConversation,
  slot: { readonly start: string; readonly end: string },
): Promise<Outcome<VersionedConversation>> {
  return authorized(ports, ports.musApi).changeStatus(record.value.id, record.etag, {
    event: 'rebook',
    slot: { start: slot.start, end: slot.end },
  });
}

/** Cancel a conversation: its meeting is cancelled in both calendars. */
export function cancelConversation(
  ports: MusPorts,
  record: VersionedConversation,
  reason: string,
): Promise<Outcome<VersionedConversation>> {
  return authorized(ports, ports.musApi).changeStatus(record.value.id, record.etag, {
    event: 'cancel',
    reason,
  });
}

/** The leader accepts or declines an employee's proposed topic. */
export function answerProposal(
  ports: MusPorts,
  record: VersionedConversation,
  topicId: string,
  accept: boolean,
): Promise<Outcome<VersionedConversation>> {
  return authorized(ports, ports.musApi).changeAgenda(record.value.id, record.etag, {
    action: accept ? 'accept' : 'decline',
    topicId,
  });
}
