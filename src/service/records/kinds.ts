/**
 * The one table of record kinds: for each, the SharePoint list that keeps it, the zod schema it is validated
 * with at the storage edge (the domain's own persisted schema, or one derived from it), and the indexed fields
 * it is found by. The record store, the typed collections and the API's response schemas all read this table.
 */
import { z } from 'zod';
import { InstantSchema, persistedSchemas, WorkingHoursSchema } from '../../domain';
import type { MusListKey } from '../sharepoint';
import type { RecordIndex } from './recordStore';

/** What only the service keeps beside the domain's conversation: its agenda and the handover consents. */
export const conversationRecordSchema = persistedSchemas.conversation.extend({
  agenda: persistedSchemas.agenda,
  /** Leaders other than the current manager whom the employee consented to (read-only, audited). */
  consentedLeaderIds: z.array(z.string().min(1).max(100)).max(10),
  /** The Teams meeting booked for it: the event in the leader's calendar, its join link and its chat. */
  meeting: z
    .object({
      eventId: z.string().min(1),
      joinUrl: z.string(),
      chatId: z.string().nullable(),
      /**
       * `false` while the employee's Teams notification is due: the booking job records the meeting first and
       * tells the employee in a step of its own (the round's `booking.notified` lists whom it has told).
       */
      notified: z.boolean().optional(),
    })
    .nullable()
    .default(null),
  /** A mid-year check-in ("MUS-opfølgning"): the conversation whose goals it follows up. */
  followUpOf: persistedSchemas.conversation.shape.id.optional(),
  /**
   * For an individual conversation a member of a group conversation (GRUS) asked for instead: that group
   * conversation's id. Seen only by the member and the leader, as the conversation itself.
   */
  insteadOfGroup: z.string().min(1).max(100).optional(),
});

const instantSchema = InstantSchema;
/** One proposed time: which conversation, with whom, from when to when. */
export const proposedSlotSchema = z.object({
  conversationId: persistedSchemas.conversation.shape.id,
  employeeId: z.string().min(1).max(100),
  start: instantSchema,
  end: instantSchema,
});
/** Why the domain's slot allocation could not place someone (`UnplacedReason`). */
export const unplacedSchema = z.object({
  employeeId: z.string().min(1).max(100),
  reason: z.enum([
    'noCommonWorkingHours',
    'noCommonFreeTime',
    'dailyLimitReached',
    'slotsTaken',
    'duplicateEmployee',
  ]),
});

/** How the leader wants the round's conversations placed (the domain's allocation request, less the people). */
export const planningSchema = z.object({
  durationMinutes: z.number().int().min(15).max(240),
  bufferMinutes: z.number().int().min(0).max(120),
  maxPerDay: z.number().int().min(1).max(20),
  workingHours: WorkingHoursSchema,
});

/** The durable booking job of a round: its state, how far it has come, and what failed. */
export const bookingJobSchema = z.object({
  jobId: z.string().min(1).max(200),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  failures: z.array(
    z.object({ conversationId: z.string(), employeeId: z.string(), code: z.string(), message: z.string() }),
  ),
  /** The conversations whose employee a booking job of this round has told in Teams (each once). */
  notified: z.array(z.string().min(1).max(100)).max(1000).default([]),
  updatedAt: instantSchema,
});

/**
 * A round is the domain's `Round` and the conversation id minted (at random) for each employee when the round
 * was created, so that a repeated request completes the round with the same conversations, never twice.
 */
export const roundRecordSchema = persistedSchemas.round.extend({
  conversationIds: z.record(z.string().min(1).max(100), persistedSchemas.conversation.shape.id),
  /** How the conversations are to be placed (duration, buffer, most a day, working hours). */
  planning: planningSchema.nullable().default(null),
  /** The latest proposed schedule (`POST /api/rounds/:id/schedule`), which booking books. */
  proposal: z
    .object({ slots: z.array(proposedSlotSchema), unplaced: z.array(unplacedSchema), at: instantSchema })
    .nullable()
    .default(null),
  /** The latest booking job. */
  booking: bookingJobSchema.nullable().default(null),
});

/** A leader's MUS-testen is kept per round: the domain's response and the round it belongs to. */
export const musTestRecordSchema = persistedSchemas.musTestResponse.extend({
  roundId: persistedSchemas.round.shape.id,
});

/** Every read of a record by someone other than its two parties (the service's own record). */
export const auditRecordSchema = z.object({
  schemaVersion: z.literal(1),
  at: InstantSchema,
  actorId: z.string().min(1).max(100),
  action: z.string().max(200),
  conversationId: z.string().max(100).optional(),
  employeeId: z.string().max(100).optional(),
});

/** The live layer's Fluid container of a conversation (`api/live.ts`): the first one registered wins. */
export const liveDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  conversationId: persistedSchemas.conversation.shape.id,
  containerId: z.string().min(1).max(200),
  createdAt: InstantSchema,
});

/** A reminder the scheduled job claimed before sending it, by its key (`jobs/remindersDue.ts`): sent once. */
export const reminderRecordSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.string().min(1).max(40),
  recipientId: z.string().min(1).max(100),
  conversationId: z.string().max(100),
  /** `sending` until Graph answered; one Graph refused (`failed`) is tried again, one left `sending` is not. */
  state: z.enum(['sending', 'sent', 'failed']),
  at: InstantSchema,
});

/** Which tick message runs the reminders' schedule (`jobs/reminders.ts`), and when it last looked. */
export const reminderScheduleSchema = z.object({
  schemaVersion: z.literal(1),
  tick: z.string().min(1).max(100),
  at: InstantSchema,
});

/**
 * The private notes a person still has of conversations that retention deleted (key `private-notes:<personId>`):
 * their files in the person's OneDrive app folder (`privateNotes.ts`), deleted on their behalf at their next
 * visit (`jobs/privateNotesRetention.ts`).
 */
export const privateNotesDueSchema = z.object({
  schemaVersion: z.literal(1),
  conversations: z
    .array(
      z.object({
        conversationId: z.string().min(1).max(100),
        employeeId: z.string().min(1).max(100),
        /** The conversation's note keys: its own and one per agenda topic (`api/notes.ts`). */
        noteKeys: z.array(z.string().min(1).max(300)).max(200),
      }),
    )
    .max(500),
});

interface KindSpec<S extends z.ZodType> {
  readonly list: MusListKey;
  readonly schema: S;
  readonly index: (value: z.infer<S>) => RecordIndex;
}
const kind = <S extends z.ZodType>(spec: KindSpec<S>): KindSpec<S> => spec;
const byConversation = (v: { conversationId: string }): RecordIndex => ({ conversationId: v.conversationId });

export const RECORDS = {
  concept: kind({ list: 'concepts', schema: persistedSchemas.concept, index: () => ({}) }),
  /** HR's draft of a concept (key `conceptDraft:<concept key>`), in `meta`: never listed, read by key only. */
  conceptDraft: kind({ list: 'meta', schema: persistedSchemas.conceptDraft, index: () => ({}) }),
  round: kind({
    list: 'rounds',
    schema: roundRecordSchema,
    index: (r) => ({ roundId: r.id, leaderId: r.leaderId }),
  }),
  conversation: kind({
    list: 'conversations',
    schema: conversationRecordSchema,
    index: (c) => ({
      conversationId: c.id,
      roundId: c.roundId,
      leaderId: c.leaderId,
      employeeId: c.employeeId,
    }),
  }),
  preparation: kind({ list: 'preparations', schema: persistedSchemas.preparation, index: byConversation }),
  note: kind({ list: 'notes', schema: persistedSchemas.sharedNote, index: byConversation }),
  goal: kind({ list: 'goals', schema: persistedSchemas.developmentGoal, index: byConversation }),
  conclusion: kind({ list: 'conclusions', schema: persistedSchemas.conclusion, index: byConversation }),
  musTest: kind({
    list: 'musTestAnswers',
    schema: musTestRecordSchema,
    index: (m) => ({ roundId: m.roundId, leaderId: m.leaderId }),
  }),
  evaluation: kind({
    list: 'evaluations',
    schema: persistedSchemas.evaluation,
    index: (e) => ({ roundId: e.roundId, conversationId: e.conversationId }),
  }),
  /**
   * The aggregate figures last published to HR, one record per measure (key `published:<measure>`), against
   * differencing (the domain's `figureToShow`). Kept in the site's `meta` list: the service's own bookkeeping,
   * app-only like every MUS list, with no columns of its own.
   */
  publishedFigures: kind({ list: 'meta', schema: persistedSchemas.publishedFigures, index: () => ({}) }),
  /** One per conversation (key `live:<conversationId>`), in `meta` like the published figures. */
  liveDocument: kind({ list: 'meta', schema: liveDocumentSchema, index: () => ({}) }),
  /**
   * The reminders' bookkeeping (keys `reminder:…` and `reminders:schedule`), in `meta` like the above. A
   * reminder is found by its conversation (retention deletes it with it); no other kind in `meta` sets that
   * column, so a query on it answers reminders only.
   */
  reminder: kind({ list: 'meta', schema: reminderRecordSchema, index: byConversation }),
  reminderSchedule: kind({ list: 'meta', schema: reminderScheduleSchema, index: () => ({}) }),
  privateNotesDue: kind({ list: 'meta', schema: privateNotesDueSchema, index: () => ({}) }),
  audit: kind({
    list: 'audit',
    schema: auditRecordSchema,
    index: (a) => ({
      ...(a.conversationId ? { conversationId: a.conversationId } : {}),
      ...(a.employeeId ? { employeeId: a.employeeId } : {}),
    }),
  }),
} as const;

export type RecordKind = keyof typeof RECORDS;
export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];
/** The stored value of a kind, as its schema gives it. */
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORDS)[K]['schema']>;

export type ConversationRecord = RecordOf<'conversation'>;
export type AuditRecord = RecordOf<'audit'>;
