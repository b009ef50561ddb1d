/**
 * Group conversations (GRUS) as the leader and the members use them: the leader's groups in a round and the
 * requests for an individual MUS, a new group checked before it is sent and booked as one Teams meeting,
 * booking a requested individual MUS, and a member's own groups and request. The service decides again.
 */
import type { BookingSlots, CreatedGroup, RoundGroup } from '../ports/GroupApiPort';
import type { Person, VersionedConversation } from '../ports/MusApiPort';
import { authorized, type MusPorts, type Outcome } from '../mus/musCall';
import { bookingProgress, type BookingProgress } from '../rounds/bookRound';

/** A group is for 4 to 6 people (the service's rule, checked here first for a quick answer). */
export const GROUP_SIZE = { min: 4, max: 6 } as const;

/** The leader's new group as the form holds it. */
export interface GroupDraft {
  readonly memberIds: readonly string[];
  readonly representativeId: string | undefined;
  /** `YYYY-MM-DDTHH:mm` in the leader's time zone (a `datetime-local` input), or empty. */
  readonly start: string;
}

/** What is wrong with a draft before it is sent (each a text the form shows). */
export type GroupDraftProblem = 'tooFew' | 'tooMany' | 'noRepresentative' | 'noStart' | 'startPassed';

/** The first thing to fix in a draft, or none. Pure. */
export function groupDraftProblem(draft: GroupDraft, now: Date): GroupDraftProblem | undefined {
  if (draft.memberIds.length < GROUP_SIZE.min) return 'tooFew';
  if (draft.memberIds.length > GROUP_SIZE.max) return 'tooMany';
  if (!draft.representativeId || !draft.memberIds.includes(draft.representativeId)) return 'noRepresentative';
  const start = Date.parse(draft.start);
  if (!Number.isFinite(start)) return 'noStart';
  return start <= now.getTime() ? 'startPassed' : undefined;
}

/**
 * Create the group (a draft without {@link groupDraftProblem}) and start booking its meeting; `groupId` is
 * made once per form, so a retry is the same group and books nothing twice.
 */
export function createGroup(
  ports: MusPorts,
  roundId: string,
  groupId: string,
  draft: GroupDraft,
): Promise<Outcome<CreatedGroup>> {
  return authorized(ports, ports.musApi).createGroup(roundId, {
    groupId,
    memberIds: [...draft.memberIds],
    representativeId: draft.representativeId ?? '',
    start: new Date(draft.start).toISOString(),
  });
}

/** The round's groups and the individual MUS their members asked for (the leader's view). */
export const loadRoundGroups = (ports: MusPorts, roundId: string): Promise<Outcome<readonly RoundGroup[]>> =>
  authorized(ports, ports.musApi).groups(roundId);

/** Book a requested individual MUS at `start` (`datetime-local`), lasting `minutes`: the booking job's id. */
export function bookRequest(
  ports: MusPorts,
  request: VersionedConversation,
  start: string,
  minutes: number,
): Promise<Outcome<string>> {
  const from = new Date(start);
  const end = new Date(from.getTime() + minutes * 60_000);
  return bookRequestAt(ports, request, { start: from.toISOString(), end: end.toISOString() });
}

/** Book a requested individual MUS at a time (the one proposed, say): the booking job's id. */
export async function bookRequestAt(
  ports: MusPorts,
  request: VersionedConversation,
  time: { readonly start: string; readonly end: string },
): Promise<Outcome<string>> {
  const slots: BookingSlots = [
    { conversationId: request.value.id, employeeId: request.value.employeeId, ...time },
  ];
  const started = await authorized(ports, ports.musApi).bookSlots(request.value.roundId, slots);
  return started.ok ? { ok: true, value: started.value.jobId } : started;
}

/** A free time for the leader and the member who asked for an individual MUS (the next four weeks), or null. */
export async function proposeRequestTime(
  ports: MusPorts,
  request: VersionedConversation,
): Promise<Outcome<{ start: string; end: string } | null>> {
  const proposal = await authorized(ports, ports.musApi).proposeTime(request.value.roundId, request.value.id);
  return proposal.ok ? { ok: true, value: proposal.value.slot } : proposal;
}

/** How the viewer stands to a conversation when it is a group's: leader, representative, member, or none. */
export type GroupStanding = 'leader' | 'representative' | 'member';

/** The viewer's standing in a group conversation, or undefined for a conversation of two. Pure. */
export function groupStanding(
  conversation: VersionedConversation['value'],
  userId: string | undefined,
): GroupStanding | undefined {
  if (conversation.groupMemberIds.length === 0) return undefined;
  if (userId === conversation.leaderId) return 'leader';
  return userId === conversation.employeeId ? 'representative' : 'member';
}

const OVER: readonly string[] = ['cancelled', 'concluded', 'followedUp'];

/** The group conversations I am a member of that are not over, soonest first. Pure. */
export function myGroups(
  conversations: readonly VersionedConversation[],
  me: string,
): VersionedConversation[] {
  const start = (c: VersionedConversation) => (c.value.slot ? Date.parse(c.value.slot.start) : Infinity);
  return conversations
    .filter((c) => c.value.groupMemberIds.includes(me) && !OVER.includes(c.value.status))
    .sort((a, b) => start(a) - start(b));
}

/** "Mine MUS": my group conversations (as member or representative). */
export async function loadMyGroups(ports: MusPorts, me: string): Promise<Outcome<VersionedConversation[]>> {
  const all = await authorized(ports, ports.musApi).conversations();
  return all.ok ? { ok: true, value: myGroups(all.value, me) } : all;
}

/** Ask for an individual MUS instead of the group's: my own conversation, which only my leader and I see. */
export const askForIndividual = (ports: MusPorts, groupId: string): Promise<Outcome<VersionedConversation>> =>
  authorized(ports, ports.musApi).askForIndividual(groupId);

/** Waits for a booking job to finish (asking every `pollMs`, at most `tries` times): its last progress. */
export async function bookingFinished(
  ports: MusPorts,
  jobId: string,
  people: readonly Person[],
  pollMs = 1000,
  tries = 120,
): Promise<Outcome<BookingProgress>> {
  for (let asked = 1; ; asked += 1) {
    const progress = await bookingProgress(ports, jobId, people);
    if (!progress.ok || progress.value.finished || asked >= tries) return progress;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
