import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOwnTopic, topicId, YearSchema } from '../../domain';
import { ApiError } from '../http/problem';
import { ifMatch, values, versioned, type ApiContext } from './context';
import { SEEDED_CONCEPTS, seededConcept } from './domainTopics';
import { change, input, records, route, versionedSchema } from './schemas';

/** HR's choices when changing a concept: the domain rebuilds it from its template as a new version. */
const conceptChange = z.object({
  year: YearSchema.optional(),
  chosenOptionalTopicIds: z.array(input.id).max(input.limits.topics).optional(),
  omittedBasisTopicIds: z.array(input.id).max(input.limits.topics).optional(),
  ownTopics: z
    .array(z.object({ id: input.id, title: input.title, purpose: input.shortText.optional() }))
    .max(input.limits.topics)
    .optional(),
  durationMinutes: z.number().int().min(15).max(240).optional(),
});

const one = versionedSchema(records.concept);
const conceptParams = z.object({ conceptId: input.id });

/** A stored concept, or a seeded one stored on first use. */
export async function conceptOf(ctx: ApiContext, id: string) {
  const found = await ctx.records.concepts.get(id);
  if (found) return found;
  const seeded = seededConcept(id, ctx.now());
  if (!seeded) throw new ApiError('not_found', 'No such concept');
  return ctx.records.concepts.createOnce(id, seeded);
}

/** Concepts and their topics: read by everyone signed in, changed by HR (a new version). */
export function conceptRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/concepts',
    { schema: route('concepts', 'The concepts of the year', z.object({}), z.array(one)) },
    async () => {
      const seeded = await Promise.all(SEEDED_CONCEPTS.map((id) => conceptOf(ctx, id)));
      const others = (await ctx.records.concepts.all()).filter((c) => !seeded.some((s) => s.key === c.key));
      return values([...seeded, ...others]);
    },
  );

  api.get(
    '/api/concepts/:conceptId',
    { schema: route('concepts', 'A concept and its topics', conceptParams, one) },
    async (request, reply) => versioned(reply, await conceptOf(ctx, request.params.conceptId)),
  );

  api.put(
    '/api/concepts/:conceptId',
    {
      schema: {
        ...change('concepts', 'HR changes a concept (a new version)', conceptParams, one),
        body: conceptChange,
      },
    },
    async (request, reply) => {
      await ctx.policy.requireHr(request.caller);
      const base = ifMatch(request);
      const current = await conceptOf(ctx, request.params.conceptId);
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
      const next = await ctx.records.concepts.updateFrom(current, base, (concept) => {
        const rebuilt = seededConcept(concept.template, ctx.now(), choices, concept.version + 1);
        if (!rebuilt) throw new ApiError('not_found', 'No such concept template');
        return { ...rebuilt, id: concept.id };
      });
      return versioned(reply, next);
    },
  );
}
