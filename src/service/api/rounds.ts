import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addEmployee,
  addTopic,
  assertTimeZone,
  conceptId,
  conversationId,
  createAgenda,
  createOwnTopic,
  topicId as topicIdOf,
  type Agenda,
  type Concept,
  type ConversationId,
  createRound,
  personId,
  planRoundConversations,
  roundId,
  type PersonId,
} from '../../domain';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import type { RecordOf } from '../records/kinds';
import { conceptForRound, conceptOf } from './concepts';
import { clientIdOf, values, type ApiContext } from './context';
import { errorResponses, idempotencyHeader, input, records, secured, versionedSchema } from './schemas';

const createRoundSchema = z.object({
  /**
   * The client's id for the round (a UUID it makes once), or send an `Idempotency-Key`: sending the same
   * request again, after a dropped connection or a failure half-way, finishes the round instead of making a
   * second one.
   */
  roundId: z.uuid().optional(),
  title: input.title,
  conceptId: input.id,
  employeeIds: z.array(input.id).min(1).max(200),
  /** The dates the conversations are held within (default: from today, eight weeks). */
  window: z.object({ from: z.iso.date(), to: z.iso.date() }).optional(),
  /** Minutes per conversation (default: the concept's). */
  durationMinutes: z.number().int().min(15).max(240).optional(),
  /** The leader's working hours for MUS (default Monday to Friday, 08:00-16:00, Danish time). */
  workingHours: z
    .object({
      start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      /** ISO weekdays, 1 = Monday … 7 = Sunday. */
      days: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
      timeZone: z.string().min(1).max(64).optional(),
    })
    .optional(),
  /** Free minutes kept between two conversations (default 15). */
  bufferMinutes: z.number().int().min(0).max(120).optional(),
  /** The most conversations a day (default 4). */
  maxPerDay: z.number().int().min(1).max(20).optional(),
  /** The topics beyond the concept's: chosen optional topics and own topics (before the goals topic). */
  agenda: z
    .object({
      optionalTopicIds: z.array(input.id).max(input.limits.topics).default([]),
      ownTopics: z
        .array(z.object({ title: input.title }))
        .max(input.limits.topics)
        .default([]),
    })
    .optional(),
  /**
   * A mid-year check-in ("MUS-opfølgning"): the caller's conversation with the one employee whose goals it
   * follows up. Its invitation says so, and the check-in's reminder is not sent once it is booked.
   */
  followUpOf: input.id.optional(),
});

type Planning = NonNullable<RecordOf<'round'>['planning']>;

const ISO_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The planning settings as the round keeps them (the domain's working hours). */
function planningOf(body: z.infer<typeof createRoundSchema>, conceptMinutes: number): Planning {
  const hours = body.workingHours;
  const timeZone = hours?.timeZone ?? 'Europe/Copenhagen';
  assertTimeZone(timeZone);
  return {
    durationMinutes: body.durationMinutes ?? conceptMinutes,
    bufferMinutes: body.bufferMinutes ?? 15,
    maxPerDay: body.maxPerDay ?? 4,
    workingHours: {
      daysOfWeek: (hours?.days ?? [1, 2, 3, 4, 5]).map((d) => ISO_WEEKDAYS[d - 1] ?? 'monday'),
      startTime: hours?.start ?? '08:00',
      endTime: hours?.end ?? '16:00',
      timeZone,
    },
  };
}

/** A conversation's first agenda: the concept's topics, then the leader's chosen optional and own topics. */
function initialAgenda(id: ConversationId, concept: Concept, choices: AgendaChoices, at: Date): Agenda {
  const optional = choices.optionalTopicIds.map((topicId) => {
    const topic = concept.optionalTopics.find((t) => t.id === topicId);
    if (!topic) throw new ApiError('validation_failed', `Unknown optional topic ${topicId}`);
    return topic;
  });
  const own = choices.ownTopics.map((t, i) =>
    createOwnTopic({ id: topicIdOf(`own-${i + 1}`), title: t.title }),
  );
  return [...optional, ...own].reduce(
    (agenda, topic) => addTopic(agenda, 'leader', topic, at),
    createAgenda(id, concept, at),
  );
}
type AgendaChoices = { optionalTopicIds: string[]; ownTopics: { title: string }[] };

const roundSchema = versionedSchema(records.round);
const conversationSchema = versionedSchema(records.conversation);

/** Rounds: a leader's round of conversations with their direct reports. */
export function roundRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { rounds, conversations } = ctx.records;

  api.post(
    '/api/rounds',
    {
      schema: {
        ...secured(['rounds']),
        summary: 'A leader plans a round: one conversation per direct report',
        headers: idempotencyHeader,
        body: createRoundSchema,
        response: {
          201: z.object({ round: roundSchema, conversations: z.array(conversationSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { caller } = request;
      const { title, employeeIds, window } = request.body;
      const id = roundId(clientIdOf(request, request.body.roundId));
      const now = ctx.now();
      const day = (d: Date) => d.toISOString().slice(0, 10);
      // The round's year is its first day's; the concept chosen names the template, the year and unit the rest.
      const year = Number((window?.from ?? day(now)).slice(0, 4));
      const chosen = await conceptOf(ctx, request.body.conceptId);
      const concept = await conceptForRound(ctx, chosen.value.template, year, caller.userId);
      const employees = [...new Set(employeeIds)].map(personId);
      for (const employeeId of employees) await ctx.policy.requireLeaderOf(caller, employeeId);
      const followUpOf = await followedUp(request.body.followUpOf, caller.userId, employees);
      const round = await rounds.createOnce(id, {
        ...createRound({
          id,
          leaderId: personId(caller.userId),
          conceptId: conceptId(concept.value.id),
          year,
          title,
          window: { start: window?.from ?? day(now), end: window?.to ?? day(addDays(now, 56)) },
          employeeIds: employees,
          at: now,
        }),
        // Conversation ids are random (nobody can tell from an id who is in a round), minted once here.
        conversationIds: Object.fromEntries(employees.map((e) => [e, conversationId(randomUUID())])),
        planning: planningOf(request.body, concept.value.durationMinutes),
        proposal: null,
        booking: null,
      });
      if (round.value.leaderId !== caller.userId) throw new ApiError('already_exists', 'Round id in use');
      const complete = await withEmployees(round, employees);
      const ids = complete.value.conversationIds;
      const choices = request.body.agenda ?? { optionalTopicIds: [], ownTopics: [] };
      const existing = await conversations.find('roundId', complete.key);
      const planned = planRoundConversations(
        complete.value,
        (e: PersonId) => conversationId(ids[e] ?? ''),
        now,
      );
      const made = await Promise.all(
        planned
          .filter((c) => !existing.some((e) => e.key === c.id))
          .map((c) =>
            conversations.createOnce(c.id, {
              ...c,
              agenda: initialAgenda(c.id, concept.value, choices, now),
              consentedLeaderIds: [],
              meeting: null,
              ...(followUpOf ? { followUpOf } : {}),
            }),
          ),
      );
      const created = [...existing.filter((e) => ids[e.value.employeeId] === e.key), ...made];
      reply.status(201);
      return { round: { etag: complete.etag, value: complete.value }, conversations: values(created) };
    },
  );

  /** The conversation a check-in follows up: the caller's own with its one employee; else 400. */
  async function followedUp(id: string | undefined, leaderId: string, employees: readonly PersonId[]) {
    if (id === undefined) return undefined;
    const followed = await conversations.get(id);
    const own = followed?.value.leaderId === leaderId && followed.value.employeeId === employees[0];
    if (!own || employees.length !== 1)
      throw new ApiError(
        'validation_failed',
        'A check-in follows up your own conversation with its employee',
      );
    return conversationId(followed.key);
  }

  /** The round with every requested employee in it (the domain's `addEmployee`, each with a new random id). */
  async function withEmployees(round: Versioned<RecordOf<'round'>>, employees: readonly PersonId[]) {
    const missing = employees.filter((e) => !round.value.employeeIds.includes(e));
    if (missing.length === 0) return round;
    return rounds.updateFrom(round, round.etag, (r) =>
      missing.reduce<RecordOf<'round'>>(
        (acc, e) => ({
          ...acc,
          ...addEmployee(acc, e),
          conversationIds: { ...acc.conversationIds, [e]: conversationId(randomUUID()) },
        }),
        r,
      ),
    );
  }

  api.get(
    '/api/rounds',
    { schema: { ...secured(['rounds']), response: { 200: z.array(roundSchema), ...errorResponses } } },
    async ({ caller }) => values(await rounds.find('leaderId', caller.userId)),
  );
}
