/**
 * The booking port the API uses (`ctx.booking`): start a round's booking job (or answer the one under way),
 * and make Graph follow a conversation's rebook or cancel. `createBooking` wires it over the job queue, and
 * starts this instance's worker on the same queue.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/tokenValidator';
import type { GraphClientFactory } from '../graph/client';
import type { Collections, Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { ApiError } from '../http/problem';
import { StaleRecordError } from '../records/recordStore';
import { appointmentInvitation, linkAppointment } from './appointment';
import { runBookingJob, type BookingMessage } from './bookingJob';
import { linkMessageSchema, runLinkJob, type LinkMessage } from './linkJob';
import type { WorkerLog } from './jobLog';
import { cancelMeeting, moveMeeting, plannerLink, type Invitation } from './meetings';
import type { BookingState, Round } from './progress';
import { connectJobQueue } from './queue';
import type { JobSettings } from './settings';
import { startWorker } from './worker';

export interface BookingPort {
  /** The round's job under way, or a new one for `slots` (queued; 202 to the client). */
  start(round: Versioned<Round>, caller: Caller, slots: BookingMessage['slots']): Promise<BookingState>;
  /**
   * Makes the conversation's meeting follow a status change the leader is about to store: a rebook moves the
   * event, a cancel cancels it (in both calendars). Answers the record to store (a cancelled one has no meeting).
   */
  follow(caller: Caller, before: ConversationRecord, after: ConversationRecord): Promise<ConversationRecord>;
  /** The invitation the Outlook add-in writes into an appointment for this conversation. */
  invitation(caller: Caller, conversation: ConversationRecord): Promise<Invitation>;
  /**
   * Makes the appointment the add-in marked with this conversation its meeting; 404 until it is saved, and
   * then a link job looks again until it is (src/service/jobs/linkJob.ts).
   */
  linkAppointment(caller: Caller, conversation: Versioned<ConversationRecord>): Promise<void>;
  /** The deep link that opens the round planner (the MUS personal tab) in Teams. */
  readonly plannerLink: string;
  /** Stops this instance's worker. */
  close(): Promise<void>;
}

/** A queued or running job that has not moved for this long is taken as lost (its message is gone). */
const LOST_AFTER_MS = 10 * 60_000;

export async function createBooking(deps: {
  readonly settings: JobSettings;
  readonly records: Collections;
  readonly graph: GraphClientFactory;
  readonly now?: () => Date;
  readonly log?: WorkerLog;
}): Promise<BookingPort> {
  const now = deps.now ?? (() => new Date());
  const queue = await connectJobQueue(deps.settings);
  const app = { teamsAppId: deps.settings.teamsAppId, tabUrl: deps.settings.tabUrl };
  const appointmentDeps = {
    records: deps.records,
    graph: deps.graph,
    app: { ...app, addInId: deps.settings.addInId },
    now,
  };
  const worker = startWorker(
    queue,
    (job, signal) => {
      // One queue, two kinds of job: a round's booking, and an appointment to link once Outlook saved it.
      const link = linkMessageSchema.safeParse(JSON.parse(job.text));
      if (link.success) return runLinkJob(appointmentDeps, job, link.data);
      return runBookingJob({ records: deps.records, graph: deps.graph, app, now }, job, signal);
    },
    { visibilitySeconds: deps.settings.visibilitySeconds, ...(deps.log ? { log: deps.log } : {}) },
  );
  const underWay = (b: BookingState): boolean =>
    (b.state === 'queued' || b.state === 'running') &&
    now().getTime() - Date.parse(b.updatedAt) < LOST_AFTER_MS;

  return {
    async start(round, caller, slots) {
      let current = round;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const previous: BookingState | null = current.value.booking;
        if (previous && underWay(previous)) return previous;
        const at = now().toISOString();
        const jobId = `${current.key}.${randomUUID()}`;
        const message: BookingMessage = {
          jobId,
          roundId: current.key,
          leaderId: caller.userId,
          token: caller.token,
          slots,
          at,
        };
        // The message first: a crash before the round names the job leaves an orphan the worker drops.
        await queue.send(JSON.stringify(message));
        const booking: BookingState = {
          jobId,
          state: 'queued',
          done: 0,
          total: slots.length,
          failures: [],
          // Whom a job of this round has told stays told: a retry tells only those still due.
          notified: previous?.notified ?? [],
          updatedAt: at,
        };
        try {
          await deps.records.rounds.replace(current.key, { ...current.value, booking }, current.etag);
          return booking;
        } catch (error) {
          if (!(error instanceof StaleRecordError)) throw error;
          current = await deps.records.rounds.require(current.key);
        }
      }
      throw new Error(`Round ${round.key} kept changing`);
    },
    async follow(caller, before, after) {
      const meeting = before.meeting;
      if (!meeting) return after;
      const connection = deps.graph.forUser(caller.token, caller.userId);
      if (after.status === 'cancelled' && before.status !== 'cancelled') {
        await cancelMeeting(connection, meeting.eventId, after.cancellation?.reason ?? '');
        return { ...after, meeting: null };
      }
      if (after.slot && (after.slot.start !== before.slot?.start || after.slot.end !== before.slot?.end))
        await moveMeeting(connection, meeting.eventId, after.slot);
      return after;
    },
    invitation: (caller, conversation) => appointmentInvitation(appointmentDeps, caller, conversation),
    async linkAppointment(caller, conversation) {
      try {
        await linkAppointment(appointmentDeps, caller, conversation);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'meeting_not_found') throw error;
        // Not saved yet: the worker looks again until Outlook has saved it, with no one asking.
        const message: LinkMessage = {
          kind: 'link',
          conversationId: conversation.key,
          leaderId: caller.userId,
          token: caller.token,
          at: now().toISOString(),
        };
        await queue.send(JSON.stringify(message));
        throw error;
      }
    },
    plannerLink: plannerLink(app),
    close: () => worker.stop(),
  };
}
