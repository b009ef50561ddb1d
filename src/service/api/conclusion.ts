import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import {
  agreedTopics,
  amendConclusion,
  createConclusion,
  setConclusionGoals,
  personId,
  signConclusion,
  topicId,
  writeSummary,
  type Conclusion,
} from '../../domain';
import {
  conclusionSchema,
  idSchema,
  longTextSchema,
  shortTextSchema,
  type ConclusionRecord,
  type ConversationRecord,
} from '../records/schemas';
import {
  conversationFor,
  conversationForWrite,
  createOrUpdate,
  ifMatch,
  versioned,
  type ApiContext,
} from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const one = versionedSchema(conclusionSchema);

/** The stored conclusion as the domain's `Conclusion` (what the state machine's `conclude` checks). */
export async function domainConclusionOf(
  ctx: ApiContext,
  conversation: ConversationRecord,
): Promise<Conclusion | undefined> {
  return (await ctx.records.conclusions.get(conversation.id))?.value;
}

const summariesBody = z.record(idSchema, longTextSchema);

/** Writes each summary with the domain's rule (an unknown topic is refused; a change drops signatures). */
function withSummaries(c: ConclusionRecord, summaries: Record<string, string>, at: Date): ConclusionRecord {
  return Object.entries(summaries).reduce(
    (acc, [id, summary]) => ({ ...acc, ...writeSummary(acc, topicId(id), summary, at) }),
    c,
  );
}

/**
 * The joint conclusion, by the domain's rules: a summary per agreed topic, written by both, signed by both,
 * then locked. A change after that is an amendment: a new version that both must sign again; every version
 * is kept in `versions`.
 */
export function registerConclusion(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conclusions } = ctx.records;
  const base = (tags: string[], summary: string) => ({
    ...secured(tags),
    summary,
    params: conversationParams,
  });

  api.get(
    '/api/conversations/:conversationId/conclusion',
    {
      schema: {
        ...base(['conclusion'], 'The conclusion (parties)'),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { conversation } = await conversationFor(
        ctx,
        callerOf(request),
        request.params.conversationId,
        'conclusion',
      );
      return versioned(reply, await conclusions.require(conversation.key));
    },
  );

  api.put(
    '/api/conversations/:conversationId/conclusion',
    {
      schema: {
        ...base(
          ['conclusion'],
          'Write summaries per agreed topic (unsigned versions only; a change clears signatures)',
        ),
        headers: ifMatchHeader,
        body: z.object({
          summaries: summariesBody.default({}),
          /** Copy the conversation's development goals into the form as they stand (a snapshot). */
          snapshotGoals: z.boolean().default(false),
        }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'conclusion',
      );
      const c = conversation.value;
      const { summaries, snapshotGoals } = request.body;
      const goalsNow = snapshotGoals
        ? (await ctx.records.goals.find('conversationId', conversation.key)).map((g) => g.value)
        : [];
      const saved = await createOrUpdate(conclusions, request, conversation.key, (current) => {
        if (current) ctx.policy.requireConclusionEditable(current);
        const base = current ?? {
          ...createConclusion({
            conversationId: c.id,
            leaderId: c.leaderId,
            employeeId: c.employeeId,
            topics: agreedTopics(c.agenda),
            at: ctx.now(),
          }),
          consentToPersonnelFile: false,
        };
        const written = withSummaries(base, summaries, ctx.now());
        return snapshotGoals ? { ...written, ...setConclusionGoals(written, goalsNow, ctx.now()) } : written;
      });
      return versioned(reply, saved);
    },
  );

  api.post(
    '/api/conversations/:conversationId/conclusion/sign',
    {
      schema: {
        ...base(['conclusion'], 'Sign the current version (the If-Match names what you read)'),
        headers: ifMatchHeader,
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const etag = ifMatch(request);
      const { conversation, access } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'sign',
      );
      await conclusions.require(conversation.key);
      const next = await conclusions.update(conversation.key, etag, (c) => ({
        ...c,
        ...signConclusion(c, access.party, personId(caller.userId), ctx.now()),
      }));
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/conversations/:conversationId/conclusion/amend',
    {
      schema: {
        ...base(['conclusion'], 'Amend a locked conclusion: a new version that both must sign'),
        headers: ifMatchHeader,
        body: z.object({ reason: shortTextSchema.default(''), summaries: summariesBody.default({}) }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const etag = ifMatch(request);
      const { conversation } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'amend',
      );
      const { reason, summaries } = request.body;
      const next = await conclusions.update(conversation.key, etag, (c) =>
        withSummaries({ ...c, ...amendConclusion(c, reason, ctx.now()) }, summaries, ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  api.put(
    '/api/conversations/:conversationId/conclusion/consent',
    {
      schema: {
        ...base(
          ['conclusion'],
          'The employee consents (or not) to filing the conclusion to the personnel record',
        ),
        headers: ifMatchHeader,
        body: z.object({ consentToPersonnelFile: z.boolean() }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const etag = ifMatch(request);
      const { conversation, access } = await conversationForWrite(
        ctx,
        caller,
        request.params.conversationId,
        'consent',
      );
      if (access.party !== 'employee') throw new ApiError('forbidden', 'Only the employee consents');
      const next = await conclusions.update(conversation.key, etag, (c) => ({
        ...c,
        consentToPersonnelFile: request.body.consentToPersonnelFile,
      }));
      return versioned(reply, next);
    },
  );
}
