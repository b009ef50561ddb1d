/**
 * Whom the booking job tells that a meeting is booked: a conversation's employee, or in a group
 * conversation (GRUS) every member, each once. The round's `booking.notified` lists a conversation once all
 * its people are told; while some of a group are not, it lists the members told (`<conversation>:<member>`),
 * so that telling the rest again tells nobody twice.
 */
import type { ConversationRecord } from '../records/kinds';

/** One notification to send: its key in the `$batch` and in `booking.notified`, and to whom. */
export interface Recipient {
  readonly key: string;
  readonly conversationId: string;
  readonly employeeId: string;
}

const memberKey = (conversationId: string, memberId: string) => `${conversationId}:${memberId}`;

/** Whom to tell of a booked conversation, leaving out the members told already. Pure. */
export function recipientsOf(
  slot: { readonly conversationId: string; readonly employeeId: string },
  conversation: Pick<ConversationRecord, 'groupMemberIds'> | undefined,
  told: ReadonlySet<string>,
): Recipient[] {
  const { conversationId, employeeId } = slot;
  const members = conversation?.groupMemberIds ?? [];
  if (members.length === 0) return [{ key: conversationId, conversationId, employeeId }];
  return [...new Set([employeeId, ...members])]
    .map((id) => ({ key: memberKey(conversationId, id), conversationId, employeeId: id }))
    .filter((r) => !told.has(r.key));
}

/** What `booking.notified` learns from one conversation's notifications: itself when all went, else who did. Pure. */
export function toldOf(
  conversationId: string,
  recipients: readonly Recipient[],
  sent: (key: string) => boolean,
): string[] {
  return recipients.every((r) => sent(r.key))
    ? [conversationId]
    : recipients.filter((r) => sent(r.key)).map((r) => r.key);
}

/** `booking.notified` with the members of a conversation dropped once the conversation itself is there. Pure. */
export function withoutToldMembers(notified: readonly string[]): string[] {
  const whole = new Set(notified.filter((key) => !key.includes(':')));
  return [...new Set(notified)].filter((key) => !key.includes(':') || !whole.has(key.split(':')[0] ?? ''));
}
