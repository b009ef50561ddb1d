import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conceptId as conceptIdOf,
  conversationId,
  createAgenda,
  personId,
  planConversation,
  roundId as roundIdOf,
} from '../../domain';
import { flexibleBasisTopics } from '../../domain/content/flexibleBasisTopics';
import { flexibleOptionalTopics } from '../../domain/content/flexibleOptionalTopics';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import {
  conceptSchema,
  conversationSchema,
  idSchema,
  roundSchema,
  titleSchema,
  type ConceptRecord,
  type ConversationRecord,
} from '../records/schemas';
import { ifMatch, versioned, type ApiContext } from './context';
import { agendaTopicsOf } from './domainTopics';
import { errorResponses, secured, versionedSchema } from './schemas';

export const DEFAULT_CONCEPT_ID = 'flexible';

/** The concept in force on a fresh site: the flexible MUS concept's basis and optional topics. */
export function defaultConcept(year: number): ConceptRecord {
  const topics = [...flexibleBasisTopics, ...flexibleOptionalTopics].map((t) => ({
    id: t.id,
    title: t.title.da,
    description: t.purpose.da,
    kind: t.kind,
  }));
  return { schemaVersion: 1, id: DEFAULT_CONCEPT_ID, name: 'Det fleksible MUS-koncept', year, topics };
}

const createRoundSchema = z.object({
  title: titleSchema,
  conceptId: idSchema,
  employeeIds: z.array(idSchema).min(1).max(200),
});

/** Concepts and topics (read by all, changed by HR) and rounds (a leader's round for their reports). */
export function registerRounds(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { concepts, rounds, conversations } = ctx.records;

  async function concept(id: string) {
    const found = await concepts.get(id);
    if (found) return found;
    if (id !== DEFAULT_CONCEPT_ID) throw new ApiError('not_found', 'No such concept');
    return concepts.create(id, defaultConcept(ctx.now().getUTCFullYear())).catch(() => concepts.require(id));
  }

  api.get(
    '/api/concepts',
    {
      schema: {
        ...secured(['concepts']),
        response: { 200: z.array(versionedSchema(conceptSchema)), ...errorResponses },
      },
    },
    async (request, reply) => {
      callerOf(request);
      await concept(DEFAULT_CONCEPT_ID);
      return (await concepts.all()).map((c) => versioned(reply, c));
    },
  );

  api.get(
    '/api/concepts/:conceptId',
    {
      schema: {
        ...secured(['concepts']),
        params: z.object({ conceptId: idSchema }),
        response: { 200: versionedSchema(conceptSchema), ...errorResponses },
      },
    },
    async (request, reply) => versioned(reply, await concept(request.params.conceptId)),
  );

  api.put(
    '/api/concepts/:conceptId',
    {
      schema: {
        ...secured(['concepts']),
        summary: 'HR changes the concept and its topics',
        params: z.object({ conceptId: idSchema }),
        body: conceptSchema.omit({ id: true, schemaVersion: true }),
        response: { 200: versionedSchema(conceptSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      await ctx.policy.requireHr(callerOf(request));
      const base = ifMatch(request);
      const id = request.params.conceptId;
      await concept(id);
      const next = await concepts.update(id, base, () => ({ schemaVersion: 1, id, ...request.body }));
      return versioned(reply, next);
    },
  );

  api.post(
    '/api/rounds',
    {
      schema: {
        ...secured(['rounds']),
        summary: 'A leader plans a round: one conversation per direct report',
        body: createRoundSchema,
        response: {
          201: z.object({
            round: versionedSchema(roundSchema),
            conversations: z.array(versionedSchema(conversationSchema)),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { title, conceptId, employeeIds } = request.body;
      const c = await concept(conceptId);
      for (const employeeId of new Set(employeeIds)) await ctx.policy.requireLeaderOf(caller, employeeId);
      const now = ctx.now().toISOString();
      const roundId = randomUUID();
      const round = await rounds.create(roundId, {
        schemaVersion: 1,
        id: roundId,
        title,
        conceptId: c.value.id,
        leaderId: caller.userId,
        createdAt: now,
      });
      const topics = agendaTopicsOf(c.value);
      const created = [];
      for (const employeeId of new Set(employeeIds)) {
        const id = conversationId(randomUUID());
        const planned = planConversation({
          id,
          roundId: roundIdOf(round.key),
          conceptId: conceptIdOf(c.value.id),
          leaderId: personId(caller.userId),
          employeeId: personId(employeeId),
          at: ctx.now(),
        });
        const record: ConversationRecord = {
          ...planned,
          agenda: createAgenda(id, { topics }, ctx.now()),
          consentedLeaderIds: [],
        };
        created.push(await conversations.create(id, record));
      }
      reply.status(201);
      return {
        round: { etag: round.etag, value: round.value },
        conversations: created.map((v) => ({ etag: v.etag, value: v.value })),
      };
    },
  );

  api.get(
    '/api/rounds',
    {
      schema: {
        ...secured(['rounds']),
        response: { 200: z.array(versionedSchema(roundSchema)), ...errorResponses },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const mine = await rounds.find('leaderId', caller.userId);
      return mine.map((r) => ({ etag: r.etag, value: r.value }));
    },
  );
}
