import { z } from 'zod';
import { persistedSchemas } from '../../domain';

/**
 * The records the service keeps, validated whenever they are read (never `as T`). Each carries a
 * `schemaVersion` so a later shape can migrate it forward. The same limits apply to API input.
 */

export const LIMITS = { id: 100, title: 200, short: 2_000, long: 20_000, topics: 30, goals: 30 } as const;

/** Entra object ids, our own ids: letters, digits, dash, underscore; never a path or a query. */
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9._-]+$/, 'Only letters, digits, ., - and _');
export const titleSchema = z.string().trim().min(1).max(LIMITS.title);
export const shortTextSchema = z.string().max(LIMITS.short);
export const longTextSchema = z.string().max(LIMITS.long);
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A concept is the domain's `Concept` (template, year, version, scope, the topics in force with the goals topic
 * last, the optional catalogue), built by the domain's `buildConcept`.
 */
export const conceptSchema = persistedSchemas.concept;
export type ConceptRecord = z.infer<typeof conceptSchema>;

export const roundSchema = z.object({
  schemaVersion: z.literal(1),
  id: idSchema,
  title: titleSchema,
  conceptId: idSchema,
  leaderId: idSchema,
  createdAt: isoDateTimeSchema,
});
export type RoundRecord = z.infer<typeof roundSchema>;

export const partySchema = z.enum(['leader', 'employee']);
export type Party = z.infer<typeof partySchema>;

/**
 * A conversation is the domain's `Conversation` (its state machine owns `status`) with the domain's `Agenda`
 * inside it, plus the one thing only the service keeps: the leaders the employee consented to (handover).
 */
export const conversationSchema = persistedSchemas.conversation.extend({
  agenda: persistedSchemas.agenda,
  /** Leaders other than the current manager whom the employee consented to (handover). */
  consentedLeaderIds: z.array(idSchema).max(10),
});
export type ConversationRecord = z.infer<typeof conversationSchema>;

export const preparationSchema = z.object({
  schemaVersion: z.literal(1),
  conversationId: idSchema,
  party: partySchema,
  authorId: idSchema,
  answers: z.record(idSchema, longTextSchema),
  submittedAt: isoDateTimeSchema.optional(),
});
export type PreparationRecord = z.infer<typeof preparationSchema>;

export const noteSchema = z.object({
  schemaVersion: z.literal(1),
  conversationId: idSchema,
  topicId: idSchema,
  text: longTextSchema,
  updatedBy: idSchema,
  updatedAt: isoDateTimeSchema,
});
export type NoteRecord = z.infer<typeof noteSchema>;

/**
 * A development goal is the domain's `DevelopmentGoal`: goal text, activities, deadline, who is responsible,
 * status, follow-ups and each party's agreement with time (editing what was agreed clears both).
 */
export const goalSchema = persistedSchemas.developmentGoal;
export type GoalRecord = z.infer<typeof goalSchema>;

/**
 * The joint conclusion is the domain's `Conclusion` (versions with a summary per agreed topic, the goals'
 * snapshot, both signatures; locked when both signed; an amendment is a new version) plus the employee's
 * consent to filing it in the personnel record, which only the service acts on.
 */
export const conclusionSchema = persistedSchemas.conclusion.extend({
  consentToPersonnelFile: z.boolean(),
});
export type ConclusionRecord = z.infer<typeof conclusionSchema>;

/** A leader's MUS-testen for a round: the domain's response (statement id → answer) and the round. */
export const musTestSchema = persistedSchemas.musTestResponse.extend({ roundId: idSchema });
export type MusTestRecord = z.infer<typeof musTestSchema>;

export const evaluationSchema = z.object({
  schemaVersion: z.literal(1),
  roundId: idSchema,
  conversationId: idSchema,
  party: partySchema,
  rating: z.number().int().min(1).max(5),
  comment: shortTextSchema,
  submittedAt: isoDateTimeSchema,
});
export type EvaluationRecord = z.infer<typeof evaluationSchema>;

export const auditSchema = z.object({
  schemaVersion: z.literal(1),
  at: isoDateTimeSchema,
  actorId: idSchema,
  action: z.string().max(100),
  conversationId: idSchema.optional(),
  employeeId: idSchema.optional(),
});
export type AuditRecord = z.infer<typeof auditSchema>;
