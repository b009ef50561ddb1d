import type { FastifyReply, FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';
import type { Caller } from '../auth/tokenValidator';
import type { Directory } from '../authorization/directory';
import type { AccessPolicy, ConversationAccess } from '../authorization/policy';
import type { ChatMeetingPort } from '../calendar/chatMeeting';
import type { CalendarPort } from '../calendar/freeBusy';
import { ApiError } from '../http/problem';
import type { Collections, Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import type { PrivateNotesStore } from '../records/privateNotes';
import type { BookingPort } from '../jobs/booking';
import type { ConclusionFiles } from '../pdf/files';
import type { LiveSettings } from '../live/settings';

/** Everything a route needs, built once in `app.ts` (the composition root) and handed to each route plugin. */
export interface ApiContext {
  readonly policy: AccessPolicy;
  readonly directory: Directory;
  readonly privateNotes: PrivateNotesStore;
  /** Free/busy of the leader and the employees, asked as the leader (planning a round). */
  readonly calendar: CalendarPort;
  readonly now: () => Date;
  readonly records: Collections;
  /** Where the signed conclusions' PDFs are kept (the MUS site's drive; in memory in unit tests). */
  readonly conclusionFiles: ConclusionFiles;
  /** Booking jobs and the meetings that follow rebooks and cancels (absent without a job queue). */
  readonly booking?: BookingPort;
  /** The Fluid service of the live layer (absent: the live routes answer 503). */
  readonly live?: LiveSettings;
  /** The calendar event of a meeting chat the app did not book (absent: such a meeting is linked by its chat). */
  readonly chatMeetings?: ChatMeetingPort;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: set by the authenticated scope (`api/index.ts`) before anything else runs. */
    caller: Caller;
    /** The conversation of a `/api/conversations/:conversationId/…` route, set by its scope (`scopes.ts`). */
    conversation: Versioned<ConversationRecord>;
    /** The caller's standing to that conversation (party, read-only, audited), set with it. */
    access: ConversationAccess;
  }
}

/** The version a change is based on, when the request names one (`If-Match`). */
export function ifMatchOf(request: FastifyRequest): string | undefined {
  const value = request.headers['if-match'];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * The eTag a change of an existing record is based on. Without it the change is refused (428) rather than
 * silently overwriting someone's work.
 */
export function ifMatch(request: FastifyRequest): string {
  const value = ifMatchOf(request);
  if (value === undefined) throw new ApiError('precondition_required');
  return value;
}

/** Sends a versioned record: the eTag in the header and in the body. */
export function versioned<T>(reply: FastifyReply, record: Versioned<T>): { etag: string; value: T } {
  reply.header('etag', record.etag);
  return { etag: record.etag, value: record.value };
}

/** The eTag and value of each record (a list: no single ETag header). */
export const values = <T>(records: readonly Versioned<T>[]) =>
  records.map((r) => ({ etag: r.etag, value: r.value }));

const IDEMPOTENCY_NAMESPACE = '3b1c8a52-5f3e-4b9e-9d57-6c0f3a9e2d41';

/**
 * The id of a record a request creates: the client's own id when the body names one, else one derived from
 * the caller and the `Idempotency-Key` header, so that sending the same request again (after a dropped
 * connection) answers the first result instead of making a second record. Neither is refused (428).
 */
export function clientIdOf(request: FastifyRequest, bodyId: string | undefined): string {
  if (bodyId) return bodyId;
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length === 0 || key.length > 200)
    throw new ApiError('idempotency_key_required');
  return uuidv5(`${request.caller.userId}:${request.routeOptions.url}:${key}`, IDEMPOTENCY_NAMESPACE);
}
