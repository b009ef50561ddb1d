import { z } from 'zod';
import { DomainError } from './errors';
import {
  ConversationIdSchema,
  InstantSchema,
  PartySchema,
  PersonIdSchema,
  TopicIdSchema,
  instant,
  recordSchema,
  type ConversationId,
  type Party,
  type PersonId,
  type TopicId,
} from './ids';
import { TEXT_LIMITS } from './text';

/**
 * One side's preparation for a conversation: text per topic and, in a performance-rated concept, a rating per
 * statement. It is written until submitted, then frozen. The other side sees it only when both have submitted
 * or the meeting has started (`isPreparationVisibleTo`).
 */
export const PreparationSchema = recordSchema({
  conversationId: ConversationIdSchema,
  side: PartySchema,
  authorId: PersonIdSchema,
  answers: z.array(z.object({ topicId: TopicIdSchema, text: z.string().max(TEXT_LIMITS.note) })),
  ratings: z.array(
    z.object({
      topicId: TopicIdSchema,
      statement: z.number().int().min(0),
      value: z.number().int().min(1).max(10),
    }),
  ),
  submittedAt: InstantSchema.nullable(),
  updatedAt: InstantSchema,
});
export type Preparation = z.infer<typeof PreparationSchema>;

export function createPreparation(input: {
  conversationId: ConversationId;
  side: Party;
  authorId: PersonId;
  at: Date;
}): Preparation {
  return {
    schemaVersion: 1,
    conversationId: input.conversationId,
    side: input.side,
    authorId: input.authorId,
    answers: [],
    ratings: [],
    submittedAt: null,
    updatedAt: instant(input.at),
  };
}

function editable(p: Preparation, by: PersonId): void {
  if (by !== p.authorId)
    throw new DomainError('preparation.wrongAuthor', 'Only the author may change a preparation.');
  if (p.submittedAt !== null) {
    throw new DomainError(
      'preparation.submitted',
      'The preparation is submitted and can no longer be changed.',
    );
  }
}

export function writePreparation(
  p: Preparation,
  by: PersonId,
  topicId: TopicId,
  text: string,
  at: Date,
): Preparation {
  editable(p, by);
  if (text.length > TEXT_LIMITS.note) {
    throw new DomainError('notes.tooLong', 'The text is too long.', { limit: TEXT_LIMITS.note });
  }
  const answers = p.answers.some((a) => a.topicId === topicId)
    ? p.answers.map((a) => (a.topicId === topicId ? { topicId, text } : a))
    : [...p.answers, { topicId, text }];
  return { ...p, answers, updatedAt: instant(at) };
}

export function submitPreparation(p: Preparation, by: PersonId, at: Date): Preparation {
  editable(p, by);
  return { ...p, submittedAt: instant(at), updatedAt: instant(at) };
}

/**
 * Whether `viewer` (their party in the conversation, or undefined for anyone else) may see this preparation.
 * The author always. The other party only a submitted one (submitting is the author's choice to share it;
 * a draft is never shown), once their own side has submitted too or the meeting has started; nobody else.
 * `meetingStarted` is whether it has ever started (`hasMeetingEverStarted`): moving the meeting later does
 * not hide again what became visible.
 */
export function isPreparationVisibleTo(
  p: Preparation,
  viewer: { party: Party | undefined; personId: PersonId },
  context: { otherSideSubmitted: boolean; meetingStarted: boolean },
): boolean {
  if (viewer.party === undefined) return false;
  if (viewer.party === p.side) return viewer.personId === p.authorId;
  return p.submittedAt !== null && (context.otherSideSubmitted || context.meetingStarted);
}
