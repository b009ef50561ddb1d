import { z } from 'zod';

/**
 * Branded ids. An id is an opaque, non-empty string that comes in from outside (Entra object ids, SharePoint
 * item ids, ids minted by the service). The brand stops a PersonId being passed where a ConversationId is meant.
 */
const idString = z.string().trim().min(1).max(200);

export const PersonIdSchema = idString.brand<'PersonId'>();
export const RoundIdSchema = idString.brand<'RoundId'>();
export const ConversationIdSchema = idString.brand<'ConversationId'>();
export const ConceptIdSchema = idString.brand<'ConceptId'>();
export const TopicIdSchema = idString.brand<'TopicId'>();
export const GoalIdSchema = idString.brand<'GoalId'>();

export type PersonId = z.infer<typeof PersonIdSchema>;
export type RoundId = z.infer<typeof RoundIdSchema>;
export type ConversationId = z.infer<typeof ConversationIdSchema>;
export type ConceptId = z.infer<typeof ConceptIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;
export type GoalId = z.infer<typeof GoalIdSchema>;

/** Constructors: each validates and brands a raw string (throws a ZodError on an empty or oversized id). */
export const personId = (raw: string): PersonId => PersonIdSchema.parse(raw);
export const roundId = (raw: string): RoundId => RoundIdSchema.parse(raw);
export const conversationId = (raw: string): ConversationId => ConversationIdSchema.parse(raw);
export const conceptId = (raw: string): ConceptId => ConceptIdSchema.parse(raw);
export const topicId = (raw: string): TopicId => TopicIdSchema.parse(raw);
export const goalId = (raw: string): GoalId => GoalIdSchema.parse(raw);

/** The two parties of a conversation. */
export const PartySchema = z.enum(['leader', 'employee']);
export type Party = z.infer<typeof PartySchema>;

/** An instant as an ISO 8601 string (what the domain stores); callers pass `Date`s in. */
export const InstantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof InstantSchema>;
export const instant = (at: Date): Instant => at.toISOString();

/** A calendar date `YYYY-MM-DD`. */
export const CalendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** The year a round, a concept or a MUS-testen belongs to. */
export const YearSchema = z.number().int().min(2000).max(2100);

/**
 * The schema of a stored record: its fields and `schemaVersion: 1`, which the storage edge checks before it
 * trusts what it reads back (a change of shape is a new version and a migration).
 */
export const recordSchema = <S extends z.ZodRawShape>(shape: S) =>
  z.object({ schemaVersion: z.literal(1) }).extend(shape);
