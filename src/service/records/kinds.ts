/**
 * The one table of record kinds: for each, the SharePoint list that keeps it, the zod schema it is validated
 * with at the storage edge (the domain's own persisted schema, or one derived from it), and the indexed fields
 * it is found by. The record store, the typed collections and the API's response schemas all read this table.
 */
import { z } from 'zod';
import { InstantSchema, persistedSchemas } from '../../domain';
import type { MusListKey } from '../sharepoint';
import type { RecordIndex } from './recordStore';

/** What only the service keeps beside the domain's conversation: its agenda and the handover consents. */
export const conversationRecordSchema = persistedSchemas.conversation.extend({
  agenda: persistedSchemas.agenda,
  /** Leaders other than the current manager whom the employee consented to (read-only, audited). */
  consentedLeaderIds: z.array(z.string().min(1).max(100)).max(10),
});

/**
 * A round is the domain's `Round` and the conversation id minted (at random) for each employee when the round
 * was created, so that a repeated request completes the round with the same conversations, never twice.
 */
export const roundRecordSchema = persistedSchemas.round.extend({
  conversationIds: z.record(z.string().min(1).max(100), persistedSchemas.conversation.shape.id),
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
  action: z.string().max(100),
  conversationId: z.string().max(100).optional(),
  employeeId: z.string().max(100).optional(),
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
