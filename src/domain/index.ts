/**
 * The MUS domain: pure TypeScript, no I/O, no clock, no randomness. Time (`Date`) and ids come in as
 * arguments; refusals are DomainErrors with stable codes; persisted shapes have zod schemas with `schemaVersion`.
 */
import { AgendaSchema } from './agenda';
import { PublishedFiguresSchema } from './aggregatePublication';
import { ConceptSchema } from './concept';
import { ConceptDraftSchema } from './conceptDraft';
import { ConclusionSchema } from './conclusion';
import { ConversationSchema } from './conversation';
import { DevelopmentGoalSchema } from './goal';
import { EvaluationSchema } from './evaluation';
import { MusTestResponseSchema } from './musTest';
import { SharedNoteSchema } from './notes';
import { PreparationSchema } from './preparation';
import { RoundSchema } from './round';

export * from './agenda';
export * from './aggregatePublication';
export * from './concept';
export * from './conceptDraft';
export * from './conclusion';
export * from './content/templates';
export * from './conversation';
export * from './errors';
export * from './evaluation';
export * from './goal';
export * from './ids';
export * from './meeting';
export * from './musTest';
export * from './notes';
export * from './preparation';
export * from './round';
export * from './scheduling/allocateSlots';
export * from './scheduling/intervals';
export * from './scheduling/workingHours';
export * from './text';
export * from './topic';

/** Every shape the service persists, by record kind: validate what is read back before trusting it. */
export const persistedSchemas = {
  concept: ConceptSchema,
  conceptDraft: ConceptDraftSchema,
  round: RoundSchema,
  conversation: ConversationSchema,
  agenda: AgendaSchema,
  preparation: PreparationSchema,
  sharedNote: SharedNoteSchema,
  developmentGoal: DevelopmentGoalSchema,
  conclusion: ConclusionSchema,
  musTestResponse: MusTestResponseSchema,
  evaluation: EvaluationSchema,
  publishedFigures: PublishedFiguresSchema,
} as const;
export type PersistedKind = keyof typeof persistedSchemas;
