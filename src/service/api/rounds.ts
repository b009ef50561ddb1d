import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conceptId as conceptIdOf,
  conversationId,
  createAgenda,
  createOwnTopic,
  personId,
  planConversation,
  roundId as roundIdOf,
  topicId,
} from '../../domain';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import type { Collection, Versioned } from '../records/collection';
import {
  conceptSchema,
  conversationSchema,
  LIMITS,
  idSchema,
  roundSchema,
  shortTextSchema,
  titleSchema,
  type ConversationRecord,
} from '../records/schemas';
import { ifMatch, versioned, type ApiContext } from './context';
import { SEEDED_CONCEPTS, seededConcept } from './domainTopics';
import { errorResponses, secured, versionedSchema } from './schemas';

/** HR's choices when changing a concept: the domain rebuilds it from its template as a new version. */
const conceptChange = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  chosenOptionalTopicIds: z.array(idSchema).max(LIMITS.topics).optional(),
  omittedBasisTopicIds: z.array(idSchema).max(LIMITS.topics).optional(),
  ownTopics: z
    .array(z.object({ id: idSchema, title: titleSchema, purpose: shortTextSchema.optional() }))
    .max(LIMITS.topics)
    .optional(),
  durationMinutes: z.number().int().min(15).max(240).optional(),
});

const createRoundSchema = z.object({
  /**
   * The client's id for the round (a UUID it makes once): sending the same request again, after a dropped
   * connection or a failure half-way, finishes the round instead of making a second one.
   */
  roundId: z.uuid().optional(),
  title: titleSchema,
  conceptId: idSchema,
  employeeIds: z.array(idSchema).min(1).max(200),
});

/** A stable UUID-shaped id for a name (SHA-1 based, like a v5 UUID). */
function idFor(name: string): string {
  const h = createHash('sha1').update(`mus:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Creates the record, or returns the one a concurrent or earlier attempt made under the same key. */
async function createOnce<T>(collection: Collection<T>, key: string, value: T): Promise<Versioned<T>> {
  try {
    return await collection.create(key, value);
  } catch (error) {
    const existing = await collection.get(key);
    if (existing) return existing;
    throw error;
  }
}

/** Concepts and topics (read by all, changed by HR) and rounds (a leader's round for their reports). */
export function registerRounds(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { concepts, rounds, conversations } = ctx.records;

  /** A stored concept, or a seeded one stored on first use. */
  async function concept(id: string) {
    const found = await concepts.get(id);
    if (found) return found;
    const seeded = seededConcept(id, ctx.now());
    if (!seeded) throw new ApiError('not_found', 'No such concept');
    return concepts.create(id, seeded).catch(() => concepts.require(id));
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
      const stored = await Promise.all(SEEDED_CONCEPTS.map((id) => concept(id)));
      const others = (await concepts.all()).filter((c) => !stored.some((s) => s.key === c.key));
      return [...stored, ...others].map((c) => versioned(reply, c));
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
        summary:
          'HR changes a concept: chosen optional topics, omitted basis topics, own topics (before the goals topic); a new version',
        params: z.object({ conceptId: idSchema }),
        body: conceptChange,
        response: { 200: versionedSchema(conceptSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      await ctx.policy.requireHr(callerOf(request));
      const base = ifMatch(request);
      const id = request.params.conceptId;
      await concept(id);
      const { ownTopics, chosenOptionalTopicIds, omittedBasisTopicIds, ...rest } = request.body;
      const choices = {
        ...rest,
        ...(chosenOptionalTopicIds ? { chosenOptionalTopicIds: chosenOptionalTopicIds.map(topicId) } : {}),
        ...(omittedBasisTopicIds ? { omittedBasisTopicIds: omittedBasisTopicIds.map(topicId) } : {}),
        ...(ownTopics
          ? {
              ownTopics: ownTopics.map((t) =>
                createOwnTopic({
                  id: topicId(t.id),
                  title: t.title,
                  ...(t.purpose ? { purpose: t.purpose } : {}),
                }),
              ),
            }
          : {}),
      };
      const next = await concepts.update(id, base, (current) => {
        const rebuilt = seededConcept(current.template, ctx.now(), choices, current.version + 1);
        if (!rebuilt) throw new ApiError('not_found', 'No such concept template');
        return { ...rebuilt, id: current.id };
      });
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
      const { title, conceptId, employeeIds, roundId: requestedId } = request.body;
      const c = await concept(conceptId);
      for (const employeeId of new Set(employeeIds)) await ctx.policy.requireLeaderOf(caller, employeeId);
      const roundId = requestedId ?? randomUUID();
      const round =
        (await rounds.get(roundId)) ??
        (await createOnce(rounds, roundId, {
          schemaVersion: 1,
          id: roundId,
          title,
          conceptId: c.value.id,
          leaderId: caller.userId,
          createdAt: ctx.now().toISOString(),
        }));
      if (round.value.leaderId !== caller.userId) throw new ApiError('already_exists', 'Round id in use');
      const created = [];
      for (const employeeId of new Set(employeeIds)) {
        // One id per round and employee, so a retried request finds what it made before.
        const id = conversationId(idFor(`${roundId}:${employeeId}`));
        const existing = await conversations.get(id);
        if (existing) {
          created.push(existing);
          continue;
        }
        const planned = planConversation({
          id,
          roundId: roundIdOf(round.key),
          conceptId: conceptIdOf(round.value.conceptId),
          leaderId: personId(caller.userId),
          employeeId: personId(employeeId),
          at: ctx.now(),
        });
        const record: ConversationRecord = {
          ...planned,
          agenda: createAgenda(id, c.value, ctx.now()),
          consentedLeaderIds: [],
        };
        created.push(await createOnce(conversations, id, record));
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
