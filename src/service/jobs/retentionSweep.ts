/**
 * One retention sweep (`retention.ts` runs it as a job): every conversation whose last event is older than the
 * configured years is deleted with what belongs to it: its preparations, shared notes, goals, conclusion,
 * evaluations, live document and reminders' bookkeeping (`reminders.ts`), the conclusion's PDFs in the MUS
 * site's drive, its id in its round, and a request to delete its private notes (which live in each author's
 * OneDrive, reached only on the author's behalf: `privateNotesRetention.ts`).
 *
 * A sweep can be stopped at any point and run again (or run twice at once): the deletion is audited first,
 * once, under a key made from the conversation's id, naming what went; every step deletes what is still there
 * and nothing else; the conversation itself goes last, so the next sweep finds an unfinished deletion and
 * finishes it. The reminders are looked for once more after it: a reminders look that claimed one meanwhile
 * finds the conversation gone and drops its claim, or its claim is found here.
 *
 * What stays, and why: the audit list (the proof of who read what and of this deletion; ids, no content); a
 * leader's MUS-testen (the leader's own answers, kept per round, not per conversation); the round (the
 * leader's, without the conversation); the aggregates published to HR (counts of 5 or more, no one's
 * answers); the Teams meeting in the two calendars (each person's own mailbox, which the service does not
 * keep). Not deleted yet: in a tenant, the live layer's Fluid container in Azure Fluid Relay (the shared fields
 * as they were typed in the meeting). Its id goes with the conversation, but the container can be deleted only
 * through Azure Resource Manager, which this service has no access to; the operator deletes containers older
 * than the retention period there.
 */
import type { ConclusionFiles } from '../pdf/files';
import { conclusionPdfName } from '../pdf/keeper';
import type { Collections, Versioned } from '../records/collection';
import type { ConversationRecord, RecordOf } from '../records/kinds';
import { retryOnConflict } from '../records/retry';
import { requestPrivateNotesDeletion } from './privateNotesRetention';

export interface RetentionDeps {
  readonly records: Collections;
  /** The conclusions' PDFs (the MUS site's drive); none without a site. */
  readonly files?: ConclusionFiles;
  readonly years: number;
  readonly now: () => Date;
}

/** The conversation's last event: its newest history entry, else when it was last changed. */
export function lastEventOf(c: ConversationRecord): string {
  return c.history.reduce((latest, h) => (h.at > latest ? h.at : latest), c.updatedAt);
}

/** True when the conversation's last event is more than `years` before `now`. */
export function isExpired(c: ConversationRecord, years: number, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return lastEventOf(c) < limit.toISOString();
}

/** The audit entry of a conversation's deletion: one per conversation, whichever sweep writes it first. */
export const retentionAuditKey = (conversationId: string) => `retention:${conversationId}`;

/** The kinds found by the conversation's id that go with it, as the audit entry names them. */
const BELONGING = ['preparations', 'notes', 'goals', 'conclusions', 'evaluations', 'reminders'] as const;
const LANGUAGES = ['da', 'en'] as const;

/**
 * Deletes every expired conversation and what belongs to it; answers how many conversations went. One that
 * fails (a drive or list refusing) does not hold up the others: the sweep goes on and then throws, so the job
 * logs it and the next sweep tries it again.
 */
export async function sweepRetention(deps: RetentionDeps): Promise<number> {
  const expired = (await deps.records.conversations.all()).filter((c) =>
    isExpired(c.value, deps.years, deps.now()),
  );
  const failures: unknown[] = [];
  for (const conversation of expired)
    await deleteConversation(deps, conversation).catch((error: unknown) => failures.push(error));
  if (failures.length > 0)
    throw new AggregateError(
      failures,
      `${failures.length} of ${expired.length} expired conversation(s) not deleted`,
    );
  return expired.length;
}

type Belonging = (typeof BELONGING)[number];

async function deleteConversation(deps: RetentionDeps, { key, value }: Versioned<ConversationRecord>) {
  const { records } = deps;
  const found: [Belonging, string[]][] = [];
  for (const name of BELONGING)
    found.push([name, (await records[name].find('conversationId', key)).map((r) => r.key)]);
  // Written once, by the sweep that came first: what there was before anything went.
  const what = found.flatMap(([name, keys]) => (keys.length ? [`${name} ${keys.length}`] : []));
  await records.audit.createOnce(retentionAuditKey(key), {
    schemaVersion: 1,
    at: deps.now().toISOString(),
    actorId: 'retention',
    action: `retention.deleted (${deps.years}y after ${lastEventOf(value).slice(0, 10)}): ${['conversation', ...what].join(', ')}`,
    conversationId: key,
    employeeId: value.employeeId,
  });
  // The PDFs are named by the conclusion's signed versions: deleted before the conclusion is.
  const conclusion = await records.conclusions.get(key);
  if (conclusion && deps.files)
    for (const { version } of conclusion.value.versions)
      for (const language of LANGUAGES) await deps.files.delete(conclusionPdfName(key, version, language));
  await requestPrivateNotesDeletion(records, value, [
    value.leaderId,
    value.employeeId,
    ...value.groupMemberIds,
    ...value.formerLeaders.map((f) => f.leaderId),
  ]);
  for (const [name, keys] of found) for (const k of keys) await records[name].delete(k);
  await records.liveDocuments.delete(`live:${key}`);
  await withoutConversation(records, value.roundId, key);
  await records.conversations.delete(key);
  // A reminder claimed since the first look (`reminders.ts` drops a claim whose conversation is gone).
  for (const r of await records.reminders.find('conversationId', key)) await records.reminders.delete(r.key);
}

/** The round without the conversation: its id, its employee, its proposed slot and booking failures. */
async function withoutConversation(records: Collections, roundId: string, conversationId: string) {
  // Changed meanwhile (a booking job, the leader): read it again and strip it from that version.
  await retryOnConflict(async () => {
    const round = await records.rounds.get(roundId);
    if (!round) return;
    const entry = Object.entries(round.value.conversationIds).find(([, id]) => id === conversationId);
    const inProposal = round.value.proposal?.slots.some((s) => s.conversationId === conversationId);
    const inBooking = round.value.booking?.failures.some((f) => f.conversationId === conversationId);
    if (!entry && !inProposal && !inBooking) return;
    await records.rounds.replace(round.key, stripped(round.value, conversationId, entry?.[0]), round.etag);
  });
}

function stripped(round: RecordOf<'round'>, conversationId: string, employeeId: string | undefined) {
  const { proposal, booking } = round;
  return {
    ...round,
    employeeIds: round.employeeIds.filter((e) => e !== employeeId),
    conversationIds: Object.fromEntries(
      Object.entries(round.conversationIds).filter(([, id]) => id !== conversationId),
    ),
    proposal: proposal && {
      ...proposal,
      slots: proposal.slots.filter((s) => s.conversationId !== conversationId),
    },
    booking: booking && {
      ...booking,
      failures: booking.failures.filter((f) => f.conversationId !== conversationId),
      notified: booking.notified.filter((id) => id !== conversationId && id !== employeeId),
    },
  };
}
