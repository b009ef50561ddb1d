/**
 * The work of one booking job, idempotent end to end: it books only conversations that have no `meeting`
 * yet, and every Graph step can be repeated without a second result (events by `transactionId`, an installed
 * app's 409, tabs looked up first when the job resumes). Per 20 conversations: the meetings, their chats, the
 * app and side panel tab, then the conversation records (`meeting` + the domain's `book`), then the
 * notifications; the round's `booking` shows the progress. A crash between any two steps loses nothing: the
 * message reappears and the job goes on from what the records say.
 */
import { z } from 'zod';
import { DomainError } from '../../domain';
import { applyStatusChange } from '../api/conversationRules';
import { paged } from '../graph/paging';
import { TokenError } from '../graph/tokens';
import type { GraphClientFactory, GraphConnection } from '../graph/client';
import type { Collections, Versioned } from '../records/collection';
import { proposedSlotSchema, type ConversationRecord } from '../records/kinds';
import { StaleRecordError } from '../records/recordStore';
import {
  acceptedTopics,
  addSidePanels,
  createMeetings,
  meetingChats,
  notifyEmployees,
  type Step,
  type TeamsApp,
} from './meetings';
import { JobProgress, JobSupersededError, type Failure } from './progress';
import type { ReceivedJob } from './queue';
import { FAILURE_TEXTS, languageOf, type FailureCode, type Language } from './texts';
import type { JobVerdict } from './worker';

export const bookingMessageSchema = z.object({
  jobId: z.string().min(1),
  roundId: z.string().min(1),
  leaderId: z.string().min(1),
  /** The leader's API token, exchanged on-behalf-of for Graph; it expires within the hour. */
  token: z.string().min(1),
  slots: z.array(proposedSlotSchema),
  at: z.iso.datetime(),
});
export type BookingMessage = z.infer<typeof bookingMessageSchema>;
export type Slot = BookingMessage['slots'][number];

export interface BookingJobDeps {
  readonly records: Collections;
  readonly graph: GraphClientFactory;
  readonly app: TeamsApp;
  readonly now: () => Date;
}

/** A job whose round does not name it yet is waited for this long (the POST records it after sending). */
const UNCLAIMED_GRACE_MS = 120_000;
/** Receipts of one message before the job is given up as failed. */
const MAX_ATTEMPTS = 8;
const CHUNK = 20;
/** Failures that leave a conversation without a meeting: the job ends `failed`, and a retry books them. */
const UNBOOKED: readonly FailureCode[] = [
  'sign_in_again',
  'meeting_not_created',
  'not_bookable',
  'unknown_employee',
  'job_failed',
];

const failure = (slot: Slot, code: FailureCode, message?: string): Failure => ({
  conversationId: slot.conversationId,
  employeeId: slot.employeeId,
  code,
  message: message ?? FAILURE_TEXTS[code].en,
});

const personSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  preferredLanguage: z.string().nullish(),
});
export type Person = { id: string; name: string; address: string; language: Language };
export const person = (raw: unknown): Person => {
  const p = personSchema.parse(raw);
  return {
    id: p.id,
    name: p.displayName ?? p.id,
    address: p.mail ?? p.userPrincipalName ?? '',
    language: languageOf(p.preferredLanguage),
  };
};

export async function runBookingJob(
  deps: BookingJobDeps,
  job: ReceivedJob,
  signal: AbortSignal,
): Promise<JobVerdict> {
  const parsed = bookingMessageSchema.safeParse(JSON.parse(job.text));
  if (!parsed.success) return { kind: 'ended' };
  const message = parsed.data;
  const round = await deps.records.rounds.get(message.roundId);
  const booking = round?.value.booking;
  if (!round || booking?.jobId !== message.jobId) {
    const young = deps.now().getTime() - Date.parse(message.at) < UNCLAIMED_GRACE_MS;
    return round && young ? { kind: 'later', seconds: 5 } : { kind: 'ended' };
  }
  if (booking.state === 'done' || booking.state === 'failed') return { kind: 'ended' };
  const progress = new JobProgress(deps.records.rounds, round, message.jobId, deps.now);
  try {
    await book(deps, progress, message, job, signal);
  } catch (error) {
    if (error instanceof JobSupersededError) return { kind: 'ended' };
    if (job.dequeueCount < MAX_ATTEMPTS) throw error;
    await progress.update((b) => ({
      state: 'failed',
      failures: [...b.failures, ...message.slots.map((s) => failure(s, 'job_failed'))].slice(0, 200),
    }));
  }
  return { kind: 'ended' };
}

async function book(
  deps: BookingJobDeps,
  progress: JobProgress,
  message: BookingMessage,
  job: ReceivedJob,
  signal: AbortSignal,
) {
  const conversations = new Map(
    (await deps.records.conversations.find('roundId', message.roundId)).map((c) => [c.key, c]),
  );
  const failures: Failure[] = [];
  const pending: { slot: Slot; conversation: Versioned<ConversationRecord> }[] = [];
  for (const slot of message.slots) {
    const c = conversations.get(slot.conversationId);
    if (!c || c.value.leaderId !== message.leaderId || c.value.employeeId !== slot.employeeId)
      failures.push(failure(slot, 'not_bookable'));
    else if (c.value.meeting === null) pending.push({ slot, conversation: c });
  }
  let done = message.slots.length - pending.length - failures.length;
  await progress.update(() => ({ state: 'running', done, total: message.slots.length, failures }));
  const finish = () =>
    progress.update(() => ({
      state: failures.some((f) => UNBOOKED.includes(f.code as FailureCode)) ? 'failed' : 'done',
      done,
      failures,
    }));
  if (pending.length === 0) return finish();

  const connection = deps.graph.forUser(message.token, message.leaderId);
  let people: Map<string, Person>;
  let leaderName: string;
  try {
    leaderName = person(await connection.client.api('/me?$select=id,displayName').get()).name;
    people = new Map(
      (
        await paged(
          connection,
          '/me/directReports?$select=id,displayName,mail,userPrincipalName,preferredLanguage',
          person,
        )
      ).map((p) => [p.id, p]),
    );
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    failures.push(...pending.map(({ slot }) => failure(slot, 'sign_in_again')));
    return finish();
  }
  for (let start = 0; start < pending.length; start += CHUNK) {
    if (signal.aborted) throw new Error('Worker stopping');
    const chunk = await bookChunk(
      deps,
      connection,
      { leaderName, people, resumed: job.dequeueCount > 1 },
      pending.slice(start, start + CHUNK),
    );
    done += chunk.booked;
    failures.push(...chunk.failures);
    await progress.update(() => ({ done, failures }));
  }
  return finish();
}

interface ChunkContext {
  readonly leaderName: string;
  readonly people: ReadonlyMap<string, Person>;
  readonly resumed: boolean;
}

async function bookChunk(
  deps: BookingJobDeps,
  connection: GraphConnection,
  context: ChunkContext,
  chunk: readonly { slot: Slot; conversation: Versioned<ConversationRecord> }[],
): Promise<{ booked: number; failures: Failure[] }> {
  const failures: Failure[] = [];
  const fail = (slot: Slot, step: Step<unknown>) => {
    if (!step.ok) failures.push(failure(slot, step.code, step.message));
  };
  const now = deps.now();
  const bookable = chunk.filter(({ slot, conversation }) => {
    const employee = context.people.get(slot.employeeId);
    if (!employee?.address) return failures.push(failure(slot, 'unknown_employee')) < 0;
    try {
      bookingOf(conversation.value, slot, 'check', now);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return failures.push(failure(slot, 'not_bookable', error.message)) < 0;
    }
  });
  const languageOfSlot = (slot: Slot) => context.people.get(slot.employeeId)?.language ?? 'da';
  const created = await createMeetings(
    connection,
    deps.app,
    bookable.map(({ slot, conversation }) => {
      const employee = context.people.get(slot.employeeId) as Person;
      const language = employee.language;
      return {
        conversationId: slot.conversationId,
        employee: { id: employee.id, address: employee.address, name: employee.name },
        leaderName: context.leaderName,
        language,
        start: slot.start,
        end: slot.end,
        topics: acceptedTopics(conversation.value.agenda, language),
      };
    }),
  );
  const meetings = bookable.flatMap(({ slot, conversation }) => {
    const step = created.get(slot.conversationId);
    if (!step?.ok)
      return (fail(slot, step ?? { ok: false, code: 'meeting_not_created', message: 'no answer' }), []);
    return [{ slot, conversation, ...step.value }];
  });
  const chats = await meetingChats(
    connection,
    meetings.map((m) => ({ conversationId: m.slot.conversationId, joinUrl: m.joinUrl })),
  );
  const withChat = meetings.flatMap((m) => {
    const step = chats.get(m.slot.conversationId);
    if (!step?.ok) return (fail(m.slot, step ?? { ok: false, code: 'chat_not_found', message: '' }), []);
    return [{ conversationId: m.slot.conversationId, chatId: step.value }];
  });
  const panels = await addSidePanels(connection, deps.app, withChat, context.resumed);
  for (const m of meetings) {
    const step = panels.get(m.slot.conversationId);
    if (step) fail(m.slot, step);
  }
  const written = await Promise.all(
    meetings.map(async (m) => {
      const chat = chats.get(m.slot.conversationId);
      const meeting = { eventId: m.eventId, joinUrl: m.joinUrl, chatId: chat?.ok ? chat.value : null };
      return (await recordMeeting(deps, m.conversation, m.slot, meeting)) ? [m.slot] : [];
    }),
  );
  const notified = await notifyEmployees(
    connection,
    deps.app,
    written.flat().map((slot) => ({
      conversationId: slot.conversationId,
      employeeId: slot.employeeId,
      language: languageOfSlot(slot),
      start: slot.start,
    })),
  );
  for (const slot of written.flat()) {
    const step = notified.get(slot.conversationId);
    if (step) fail(slot, step);
  }
  return { booked: written.flat().length, failures };
}

/** The conversation booked in the domain's state machine, with its meeting. */
function bookingOf(c: ConversationRecord, slot: Slot, calendarEventId: string, at: Date): ConversationRecord {
  const event = c.status === 'planned' ? 'book' : 'rebook';
  return applyStatusChange(
    c,
    { event, slot: { start: slot.start, end: slot.end }, calendarEventId },
    undefined,
    at,
  );
}

/** Records the meeting and the booking; false when another run recorded one first. */
export async function recordMeeting(
  deps: BookingJobDeps,
  read: Versioned<ConversationRecord>,
  slot: Slot,
  meeting: NonNullable<ConversationRecord['meeting']>,
): Promise<boolean> {
  let current = read;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (current.value.meeting !== null) return false;
    try {
      await deps.records.conversations.replace(
        current.key,
        { ...bookingOf(current.value, slot, meeting.eventId, deps.now()), meeting },
        current.etag,
      );
      return true;
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
      current = await deps.records.conversations.require(current.key);
    }
  }
  return false;
}
