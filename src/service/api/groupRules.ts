/**
 * The rules of a group conversation (GRUS) as the service applies them: who may be in a group, whose
 * conversations a caller finds (their own, their employees', and the groups they are a member of), and a
 * member's individual MUS instead of the group's.
 */
import { randomUUID } from 'node:crypto';
import {
  addEmployee,
  conversationId,
  createAgenda,
  personId,
  planConversation,
  type Concept,
  type PersonId,
  type PlanConversationInput,
} from '../../domain';
import type { Caller } from '../auth/tokenValidator';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { StaleRecordError } from '../records/recordStore';
import { conceptOf } from './concepts';
import type { ApiContext } from './context';

/** A group conversation is for 4 to 6 people (the seed's GRUS). */
export const GROUP_SIZE = { min: 4, max: 6 } as const;

/**
 * The members of a new group, checked in order with a clear refusal each: nobody twice, 4 to 6 people, the
 * representative among them, every one the caller's direct report. Nothing is written before this passes.
 */
export async function checkGroup(
  ctx: ApiContext,
  caller: Caller,
  memberIds: readonly string[],
  representativeId: string,
): Promise<PersonId[]> {
  if (new Set(memberIds).size !== memberIds.length) throw new ApiError('group_member_twice');
  if (memberIds.length < GROUP_SIZE.min) throw new ApiError('group_too_few');
  if (memberIds.length > GROUP_SIZE.max) throw new ApiError('group_too_many');
  if (!memberIds.includes(representativeId)) throw new ApiError('group_representative_not_member');
  const managers = await Promise.all(memberIds.map((id) => ctx.directory.managerOf(id)));
  const stranger = memberIds.find((_, i) => managers[i]?.id !== caller.userId);
  if (stranger !== undefined) throw new ApiError('group_not_report', `${stranger} is not a direct report`);
  return memberIds.map(personId);
}

/**
 * How many people each conversation covers in HR's overview: one, and a group conversation (GRUS) each of its
 * members but those who asked for an individual MUS instead (that conversation covers them). Pure.
 */
export function peopleCovered(
  conversations: readonly { status: string; insteadOfGroup?: string | undefined }[],
): (conversation: { id: string; groupMemberIds: readonly string[] }) => number {
  const instead = new Map<string, number>();
  for (const c of conversations)
    if (c.insteadOfGroup && c.status !== 'cancelled')
      instead.set(c.insteadOfGroup, (instead.get(c.insteadOfGroup) ?? 0) + 1);
  return (c) =>
    c.groupMemberIds.length === 0 ? 1 : Math.max(1, c.groupMemberIds.length - (instead.get(c.id) ?? 0));
}

/** A new conversation record in the state `planned`, with the concept's agenda, not booked. */
export function plannedConversation(
  concept: Concept,
  at: Date,
  input: Omit<PlanConversationInput, 'at'>,
): ConversationRecord {
  return {
    ...planConversation({ ...input, at }),
    agenda: createAgenda(input.id, concept, at),
    consentedLeaderIds: [],
    meeting: null,
  };
}

/**
 * The conversations the caller finds: as employee, as leader, and the group conversations of their own
 * leader that they are a member of (not the representative: that one is theirs as employee). The policy
 * still decides each one.
 */
export async function conversationsOf(
  ctx: ApiContext,
  caller: Caller,
): Promise<Versioned<ConversationRecord>[]> {
  const { conversations } = ctx.records;
  const manager = await ctx.directory.managerOf(caller.userId);
  const [asEmployee, asLeader, ofManager] = await Promise.all([
    conversations.find('employeeId', caller.userId),
    conversations.find('leaderId', caller.userId),
    manager ? conversations.find('leaderId', manager.id) : Promise.resolve([]),
  ]);
  const asMember = ofManager.filter(
    (c) => c.value.employeeId !== caller.userId && c.value.groupMemberIds.some((id) => id === caller.userId),
  );
  return [...asEmployee, ...asLeader, ...asMember];
}

/** The round's concept for an individual conversation (the flexible one when the round's is a group's). */
async function individualConcept(ctx: ApiContext, id: string) {
  const concept = await conceptOf(ctx, id);
  return concept.value.audience === 'group' ? conceptOf(ctx, 'flexible') : concept;
}

/** The member's conversation id in the group's round, added to the round (a random id) when there is none. */
async function memberConversationId(ctx: ApiContext, roundId: string, memberId: PersonId) {
  const { rounds } = ctx.records;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const round = await rounds.require(roundId);
    const known = round.value.conversationIds[memberId];
    if (known) return { round: round.value, id: conversationId(known) };
    const id = conversationId(randomUUID());
    try {
      await rounds.updateFrom(round, round.etag, (r) => ({
        ...r,
        ...addEmployee(r, memberId),
        conversationIds: { ...r.conversationIds, [memberId]: id },
      }));
      return { round: round.value, id };
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
    }
  }
  throw new ApiError('stale_record');
}

/**
 * A member's individual MUS instead of the group's: their conversation in the group's round (made now, or
 * the one they have), marked as asked for instead of this group. Only the member and the leader see it;
 * the group conversation itself does not change, so the other members learn nothing. Asking again answers
 * the same conversation.
 */
export async function individualInsteadOf(
  ctx: ApiContext,
  caller: Caller,
  group: ConversationRecord,
): Promise<Versioned<ConversationRecord>> {
  if (!group.groupMemberIds.some((id) => id === caller.userId)) throw new ApiError('not_in_group');
  const memberId = personId(caller.userId);
  const { round, id } = await memberConversationId(ctx, group.roundId, memberId);
  const { conversations } = ctx.records;
  const existing = await conversations.get(id);
  if (existing?.value.insteadOfGroup) return existing;
  if (existing)
    return conversations.updateFrom(existing, existing.etag, (c) => ({ ...c, insteadOfGroup: group.id }));
  const concept = await individualConcept(ctx, round.conceptId);
  const now = ctx.now();
  const planned = plannedConversation(concept.value, now, {
    id,
    roundId: round.id,
    conceptId: concept.value.id,
    leaderId: group.leaderId,
    employeeId: memberId,
  });
  return conversations.createOnce(id, { ...planned, insteadOfGroup: group.id });
}
