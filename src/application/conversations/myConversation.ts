import type {
  AgendaChange,
  Conversation,
  PreparationView,
  Topic,
  VersionedConversation,
} from '../ports/MusApiPort';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** One topic on the agenda as the employee sees it. */
export interface AgendaTopic {
  readonly topic: Topic;
  /** `proposed`: waits for the leader to accept or decline; `accepted`: on the agenda. */
  readonly status: 'proposed' | 'accepted';
  readonly proposedBy: 'leader' | 'employee';
  /** Why the proposer wants the topic, when they said. */
  readonly reason?: string;
}

/** The employee's next conversation, with what they may do with it. */
export interface MyConversation {
  readonly record: VersionedConversation;
  /** The agenda in the order it will be discussed (the goals topic last). */
  readonly agenda: readonly AgendaTopic[];
  /** Whether each side has agreed the agenda as it stands. */
  readonly agreed: { readonly employee: boolean; readonly leader: boolean };
  /** The agenda can still change (planned or booked): proposals and agreement are possible. */
  readonly agendaOpen: boolean;
  /** The employee's preparation and whether the leader has handed in theirs. */
  readonly preparation: PreparationView;
  /** The Teams meeting's join link, once the conversation is booked as a Teams meeting. */
  readonly joinUrl: string | undefined;
}

const FINISHED: readonly Conversation['status'][] = ['cancelled', 'concluded', 'followedUp'];

/**
 * The conversation to show an employee: of their own conversations still ahead, the one booked soonest
 * (unbooked ones after booked ones); when none is ahead, none. Pure.
 */
export function nextConversation(
  conversations: readonly VersionedConversation[],
  employeeId: string,
  now: Date,
): VersionedConversation | undefined {
  const startOf = (c: VersionedConversation) =>
    c.value.slot ? Date.parse(c.value.slot.start) : Number.POSITIVE_INFINITY;
  return conversations
    .filter((c) => c.value.employeeId === employeeId && !FINISHED.includes(c.value.status))
    .filter((c) => !c.value.slot || Date.parse(c.value.slot.end) >= now.getTime())
    .sort((a, b) => startOf(a) - startOf(b))[0];
}

/** The join link of the conversation's Teams meeting, once booked (only a web address is a link). Pure. */
export function joinUrlOf(record: VersionedConversation): string | undefined {
  const url = record.value.meeting?.joinUrl;
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/** What the employee sees of a conversation record and their preparation. Pure. */
export function myConversationOf(
  record: VersionedConversation,
  preparation: PreparationView,
): MyConversation {
  const { agenda, status } = record.value;
  return {
    record,
    agenda: agenda.items,
    agreed: { employee: agenda.agreement.employee !== null, leader: agenda.agreement.leader !== null },
    agendaOpen: status === 'planned' || status === 'booked',
    preparation,
    joinUrl: joinUrlOf(record),
  };
}

/**
 * "Mine MUS": the employee's next conversation with its agenda and their preparation, or `null` when no
 * conversation is ahead.
 */
export async function loadMyConversation(
  ports: MusPorts,
  employeeId: string,
  now: Date,
): Promise<Outcome<MyConversation | null>> {
  const all = await authorized(ports, ports.musApi).conversations();
  if (!all.ok) return all;
  const next = nextConversation(all.value, employeeId, now);
  if (!next) return succeeded(null);
  const preparation = await authorized(ports, ports.musApi).preparation(next.value.id);
  if (!preparation.ok) return preparation;
  return succeeded(myConversationOf(next, preparation.value));
}

/** Change the agenda of the version the user saw; the answer is the conversation as it now stands. */
export function changeMyAgenda(
  ports: MusPorts,
  record: VersionedConversation,
  change: AgendaChange,
): Promise<Outcome<VersionedConversation>> {
  return authorized(ports, ports.musApi).changeAgenda(record.value.id, record.etag, change);
}

/** The longest topic title the service takes, and the longest reason. */
export const TOPIC_TITLE_MAX = 200;
export const REASON_MAX = 2000;

/** A topic the employee wants to talk about, and why. */
export interface TopicProposal {
  readonly title: string;
  readonly reason: string;
}

/** Why a proposal cannot be sent as typed. */
export type ProposalError = 'titleMissing' | 'tooLong';

/** Check a proposal before it is sent. Pure. */
export function checkProposal(proposal: TopicProposal): ProposalError | undefined {
  if (proposal.title.trim() === '') return 'titleMissing';
  if (proposal.title.trim().length > TOPIC_TITLE_MAX || proposal.reason.trim().length > REASON_MAX)
    return 'tooLong';
  return undefined;
}

/** The outcome of a proposal: the conversation as it now stands, why the service refused, or what to fix. */
export type ProposalOutcome =
  Outcome<VersionedConversation> | { readonly ok: false; readonly invalid: ProposalError };

/** The employee proposes an own topic (`topicId` made once by the caller, so a retry is the same topic). */
export async function proposeTopic(
  ports: MusPorts,
  record: VersionedConversation,
  topicId: string,
  proposal: TopicProposal,
): Promise<ProposalOutcome> {
  const invalid = checkProposal(proposal);
  if (invalid) return { ok: false, invalid };
  const reason = proposal.reason.trim();
  return changeMyAgenda(ports, record, {
    action: 'propose',
    topicId,
    title: proposal.title.trim(),
    ...(reason ? { reason } : {}),
  });
}
