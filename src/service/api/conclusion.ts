import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { personId, type Conclusion } from '../../domain';
import { conclusionSchema, longTextSchema, type ConversationRecord } from '../records/schemas';
import { conversationFor, createOrUpdate, ifMatch, versioned, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const one = versionedSchema(conclusionSchema);

/** The stored conclusion as the domain's `Conclusion` (what the state machine's `conclude` checks). */
export async function domainConclusionOf(
  ctx: ApiContext,
  conversation: ConversationRecord,
): Promise<Conclusion | undefined> {
  const record = (await ctx.records.conclusions.get(conversation.id))?.value;
  if (!record) return undefined;
  const signature = (party: 'leader' | 'employee') => {
    const s = record.current.signatures.find((x) => x.party === party);
    return s ? { personId: personId(s.userId), at: s.at } : null;
  };
  const at = ctx.now().toISOString();
  return {
    schemaVersion: 1,
    conversationId: conversation.id,
    leaderId: conversation.leaderId,
    employeeId: conversation.employeeId,
    versions: [
      {
        version: record.current.version,
        summaries: [],
        goals: [],
        signatures: { leader: signature('leader'), employee: signature('employee') },
        amendmentReason: null,
        createdAt: at,
        updatedAt: at,
      },
    ],
  };
}

/**
 * The joint conclusion: written by both, signed by both, then locked. A change after that is an
 * amendment: a new version that both must sign again; signed versions stay in `history` unchanged.
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
          'Write the conclusion text (unsigned versions only; a change clears signatures)',
        ),
        headers: ifMatchHeader,
        body: z.object({ text: longTextSchema }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversation } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'conclusion',
      );
      const saved = await createOrUpdate(conclusions, request, conversation.key, (c) => {
        if (c) ctx.policy.requireConclusionEditable(c);
        return {
          schemaVersion: 1 as const,
          conversationId: conversation.key,
          current: { version: c?.current.version ?? 1, text: request.body.text, signatures: [] },
          history: c?.history ?? [],
          consentToPersonnelFile: c?.consentToPersonnelFile ?? false,
        };
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
      const { conversation, access } = await conversationFor(
        ctx,
        caller,
        request.params.conversationId,
        'sign',
      );
      await conclusions.require(conversation.key);
      const next = await conclusions.update(conversation.key, etag, (c) => {
        if (c.current.signatures.some((s) => s.party === access.party)) return c;
        const signature = { party: access.party, userId: caller.userId, at: ctx.now().toISOString() };
        return { ...c, current: { ...c.current, signatures: [...c.current.signatures, signature] } };
      });
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/conversations/:conversationId/conclusion/amend',
    {
      schema: {
        ...base(['conclusion'], 'Amend a locked conclusion: a new version that both must sign'),
        headers: ifMatchHeader,
        body: z.object({ text: longTextSchema }),
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const etag = ifMatch(request);
      const { conversation } = await conversationFor(ctx, caller, request.params.conversationId, 'amend');
      const next = await conclusions.update(conversation.key, etag, (c) => {
        if (c.current.signatures.length < 2)
          throw new ApiError('invalid_state', 'Only a signed conclusion is amended');
        return {
          ...c,
          history: [...c.history, c.current].slice(-50),
          current: { version: c.current.version + 1, text: request.body.text, signatures: [] },
        };
      });
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
      const { conversation, access } = await conversationFor(
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
