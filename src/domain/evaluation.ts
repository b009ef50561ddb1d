import { z } from 'zod';
import { DomainError } from './errors';
import {
  ConversationIdSchema,
  InstantSchema,
  PartySchema,
  RoundIdSchema,
  instant,
  recordSchema,
} from './ids';
import { TEXT_LIMITS } from './text';

/**
 * Each party's short evaluation of a conversation (1-5 and a comment), which the SU uses to evaluate MUS
 * each year. Only aggregates of 5 or more distinct people are ever shown to anyone but its author.
 */
export const EvaluationSchema = recordSchema({
  roundId: RoundIdSchema,
  conversationId: ConversationIdSchema,
  party: PartySchema,
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(TEXT_LIMITS.goal),
  submittedAt: InstantSchema,
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** What a party submits: the rating and comment of one conversation, and when. */
export type EvaluationInput = Omit<Evaluation, 'schemaVersion' | 'submittedAt'> & { at: Date };

export function evaluateConversation(input: EvaluationInput): Evaluation {
  const { at, ...evaluation } = input;
  const { rating, comment } = evaluation;
  if (!Number.isInteger(rating) || rating < 1 || rating > 5 || comment.length > TEXT_LIMITS.goal) {
    throw new DomainError(
      'evaluation.invalid',
      'A rating is a whole number from 1 to 5, with a short comment.',
      {
        field: 'rating',
      },
    );
  }
  return { schemaVersion: 1, ...evaluation, submittedAt: instant(at) };
}

/**
 * Each author's latest evaluation, by author, so that a group's size counts people, not records. Evaluations
 * whose author is unknown (`authorOf` answers undefined) are left out.
 */
export function latestEvaluationPerAuthor(
  all: readonly Evaluation[],
  authorOf: (e: Evaluation) => string | undefined,
): Map<string, Evaluation> {
  const latest = new Map<string, Evaluation>();
  for (const e of all) {
    const author = authorOf(e);
    if (author === undefined) continue;
    const seen = latest.get(author);
    if (!seen || seen.submittedAt < e.submittedAt) latest.set(author, e);
  }
  return latest;
}
