/**
 * The work of one booking job, idempotent end to end: it books only conversations that have no `meeting`
 * yet, and every Graph step can be repeated without a second result (events by `transactionId`, an installed
 * app's 409, tabs looked up first when the job resumes). Per 20 conversations, one `$batch` each: the meetings,
 * their chats, the app, the side panel tab, the conversation records (`meeting` + the domain's `book`, in
 * SharePoint's `$batch`), then the employees' notifications as a step of their own; the round's `booking`
 * shows the progress and whom the job has told. A crash between any two steps loses nothing: the message
 * reappears and the job goes on from what the records say, telling the employees whose meeting is recorded
 * and who are not told yet (`booking.notified`), and no one else.
 */
import { z } from 'zod';
import { DomainError } from '../../domain';
import { paged } from '../graph/paging';
import { TokenError } from '../graph/tokens';
import type { GraphClientFactory, GraphConnection } from '../graph/client';
import type { Collections, Versioned } from '../records/collection';
import { proposedSlotSchema, type ConversationRecord } from '../records/kinds';
import {
  acceptedTopics,
  addSidePanels,
  createMeetings,
  meetingChats,
  notifyEmployees,
  type Step,
  type TeamsApp,
} from './meetings';
import { recipientsOf, toldOf, withoutToldMembers, type Recipient } from './groupNotify';
import { JobProgress, JobSupersededError, type Failure } from './progress';
import type { ReceivedJob } from './queue';
import { bookingOf, recordMeetings } from './record';
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
  const told = new Set(progress.state?.notified ?? []);
  /** Recorded by an earlier run of a job of this round that stopped before telling the employee. */
  const due: Slot[] = [];
  for (const slot of message.slots) {
    const c = conversations.get(slot.conversationId);
    if (!c || c.value.leaderId !== message.leaderId || c.value.employeeId !== slot.employeeId)
      failures.push(failure(slot, 'not_bookable'));
    else if (c.value.meeting === null) pending.push({ slot, conversation: c });
    else if (c.value.meeting.notified === false && !told.has(slot.conversationId)) due.push(slot);
  }
  let done = message.slots.length - pending.length - failures.length;
  await progress.update(() => ({ state: 'running', done, total: message.slots.length, failures }));
  const finish = () =>
    progress.update(() => ({
      state: failures.some((f) => UNBOOKED.includes(f.code as FailureCode)) ? 'failed' : 'done',
      done,
      failures,
    }));
  if (pending.length === 0 && due.length === 0) return finish();

  const connection = deps.graph.forUser(message.token, message.leaderId);
  const directory = await leaderAndReports(connection);
  if (!directory) {
    failures.push(...pending.map(({ slot }) => failure(slot, 'sign_in_again')));
    return finish();
  }
  const notify = async (slots: readonly Slot[]) => {
    const each = slots.map((slot) => {
      const c = conversations.get(slot.conversationId)?.value;
      return {
        slot,
        to: recipientsOf(slot, c, new Set(progress.state?.notified)),
        followUp: !!c?.followUpOf,
      };
    });
    const sent = await notifyStep(deps, connection, directory.people, each);
    failures.push(...sent.failures);
    const notified = (b: { notified: string[] }) => withoutToldMembers([...b.notified, ...sent.told]);
    await progress.update((b) => ({ done, failures, notified: notified(b) }));
  };
  for (let start = 0; start < due.length; start += CHUNK) await notify(due.slice(start, start + CHUNK));
  for (let start = 0; start < pending.length; start += CHUNK) {
    if (signal.aborted) throw new Error('Worker stopping');
    const chunk = await bookChunk(
      deps,
      connection,
      { ...directory, resumed: job.dequeueCount > 1 },
      pending.slice(start, start + CHUNK),
    );
    done += chunk.booked.length;
    failures.push(...chunk.failures);
    await notify(chunk.booked);
  }
  return finish();
}

/** The leader's name and direct reports; undefined when the leader must sign in again. */
async function leaderAndReports(
  connection: GraphConnection,
): Promise<{ leaderName: string; people: Map<string, Person> } | undefined> {
  try {
    const leaderName = person(await connection.client.api('/me?$select=id,displayName').get()).name;
    const reports = await paged(
      connection,
      '/me/directReports?$select=id,displayName,mail,userPrincipalName,preferredLanguage',
      person,
    );
    return { leaderName, people: new Map(reports.map((p) => [p.id, p])) };
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    return undefined;
  }
}

/**
 * The notification step: tells the employees of `slots` (meetings recorded, `notified: false`), in a group
 * conversation every member not told yet, in Teams, 20 a `$batch`; answers whom it told, to be added to the
 * round's `booking.notified` at once.
 */
async function notifyStep(
  deps: BookingJobDeps,
  connection: GraphConnection,
  people: ReadonlyMap<string, Person>,
  /** Each slot with whom to tell; a check-in ("MUS-opfølgning") is told as such. */
  each: readonly { slot: Slot; to: readonly Recipient[]; followUp: boolean }[],
): Promise<{ told: string[]; failures: Failure[] }> {
  if (each.length === 0) return { told: [], failures: [] };
  const sent = await notifyEmployees(
    connection,
    deps.app,
    each.flatMap(({ slot, to, followUp }) =>
      to.map((r) => ({
        ...r,
        language: people.get(r.employeeId)?.language ?? 'da',
        start: slot.start,
        followUp,
      })),
    ),
  );
  const ok = (key: string) => sent.get(key)?.ok === true;
  const told = each.flatMap(({ slot, to }) => toldOf(slot.conversationId, to, ok));
  const failures = each.flatMap(({ slot, to }) => {
    const step = to.map((r) => sent.get(r.key)).find((s) => !s?.ok);
    return to.every((r) => ok(r.key))
      ? []
      : [failure(slot, 'not_notified', step && !step.ok ? step.message : undefined)];
  });
  return { told, failures };
}

interface ChunkContext {
  readonly leaderName: string;
  readonly people: ReadonlyMap<string, Person>;
  readonly resumed: boolean;
}

/** A group conversation's members other than its employee (the representative), invited to its meeting. */
const guestsOf = (c: ConversationRecord, people: ReadonlyMap<string, Person>) =>
  c.groupMemberIds
    .filter((id) => id !== c.employeeId)
    .flatMap((id) => {
      const p = people.get(id);
      return p ? [{ address: p.address, name: p.name }] : [];
    });

/** Meetings, chats, side panels and records of up to 20 conversations: the slots recorded now. */
async function bookChunk(
  deps: BookingJobDeps,
  connection: GraphConnection,
  context: ChunkContext,
  chunk: readonly { slot: Slot; conversation: Versioned<ConversationRecord> }[],
): Promise<{ booked: Slot[]; failures: Failure[] }> {
  const failures: Failure[] = [];
  const fail = (slot: Slot, step: Step<unknown>) => {
    if (!step.ok) failures.push(failure(slot, step.code, step.message));
  };
  const now = deps.now();
  const bookable = chunk.filter(({ slot, conversation }) => {
    const members = [slot.employeeId, ...conversation.value.groupMemberIds];
    if (members.some((id) => !context.people.get(id)?.address))
      return failures.push(failure(slot, 'unknown_employee')) < 0;
    try {
      bookingOf(conversation.value, slot, 'check', now);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return failures.push(failure(slot, 'not_bookable', error.message)) < 0;
    }
  });
  const created = await createMeetings(
    connection,
    deps.app,
    bookable.map(({ slot, conversation }) => {
      const employee = context.people.get(slot.employeeId) as Person;
      const language = employee.language;
      return {
        conversationId: slot.conversationId,
        employee: { id: employee.id, address: employee.address, name: employee.name },
        guests: guestsOf(conversation.value, context.people),
        leaderName: context.leaderName,
        language,
        start: slot.start,
        end: slot.end,
        topics: acceptedTopics(conversation.value.agenda, language),
        followUp: conversation.value.followUpOf !== undefined,
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
  const booked = await recordMeetings(
    deps,
    meetings.map((m) => {
      const chat = chats.get(m.slot.conversationId);
      const meeting = { eventId: m.eventId, joinUrl: m.joinUrl, chatId: chat?.ok ? chat.value : null };
      return { conversation: m.conversation, slot: m.slot, meeting };
    }),
  );
  return { booked, failures };
}
