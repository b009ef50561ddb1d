import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  buildConcept,
  conceptId,
  conceptKeyOf,
  isConceptFor,
  type Concept,
  type ConceptScope,
  type ConceptTemplateKey,
} from '../../domain';
import { ApiError } from '../http/problem';
import type { Versioned } from '../records/collection';
import { values, versioned, type ApiContext } from './context';
import { SEEDED_CONCEPTS, seededConcept } from './domainTopics';
import { input, records, route, versionedSchema } from './schemas';

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

/** Every published concept: the seeded ones (stored on first use), then those HR published. */
export async function publishedConcepts(ctx: ApiContext) {
  const seeded = await Promise.all(SEEDED_CONCEPTS.map((id) => conceptOf(ctx, id)));
  const others = (await ctx.records.concepts.all()).filter((c) => !seeded.some((s) => s.key === c.key));
  return [...seeded, ...others];
}

const ORGANISATION: ConceptScope = { level: 'organisation', id: 'organisation' };

/**
 * The concept a leader's round of `year` is held with, for the template chosen: the one published for the
 * year and the leader's unit, else the organisation's for the year, else the template's built-in default for
 * the year (the seeds' topics, stored on first use under the organisation's key for the year, where HR's
 * publishing then finds it as the version in force).
 */
export async function conceptForRound(
  ctx: ApiContext,
  template: ConceptTemplateKey,
  year: number,
  leaderId: string,
) {
  const all = await publishedConcepts(ctx);
  const published = (scope: ConceptScope) =>
    all.find((c) => isConceptFor(c.value, { template, year, scope }));
  const found = published({ level: 'unit', id: leaderId }) ?? published(ORGANISATION);
  if (found) return found;
  const key = conceptKeyOf({ template, year, scope: ORGANISATION });
  const decidedAt = ctx.now();
  return ctx.records.concepts.createOnce(
    key,
    buildConcept({ id: conceptId(key), template, year, scope: ORGANISATION, decidedAt }),
  );
}

/**
 * The order a leader chooses in, first the one in force: this year's before coming years' before past ones,
 * a unit's own before the organisation's (a stable sort keeps the seeded templates' order).
 */
function inForceFirst(concepts: readonly Versioned<Concept>[], year: number) {
  const rank = (c: Concept) => (c.year === year ? 0 : c.year > year ? c.year - year : 1000 + year - c.year);
  return [...concepts].sort(
    (a, b) =>
      rank(a.value) - rank(b.value) ||
      Number(a.value.scope.level === 'organisation') - Number(b.value.scope.level === 'organisation'),
  );
}

/** Concepts and their topics: published ones only (drafts are HR's, `conceptDrafts.ts`). */
export function conceptRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/concepts',
    {
      schema: route(
        'concepts',
        'The published concepts the caller plans with (the organisation’s and their own unit’s; HR: all), the one in force first',
        z.object({}),
        z.array(one),
      ),
    },
    async ({ caller }) => {
      const all = await publishedConcepts(ctx);
      const ours = (c: Versioned<Concept>) =>
        c.value.scope.level === 'organisation' || c.value.scope.id === caller.userId;
      // Only other units' concepts need the directory's word (HR sees them all).
      const mine = all.every(ours) || (await ctx.policy.isHr(caller)) ? all : all.filter(ours);
      return values(inForceFirst(mine, ctx.now().getUTCFullYear()));
    },
  );

  api.get(
    '/api/concepts/:conceptId',
    { schema: route('concepts', 'A concept and its topics', conceptParams, one) },
    async (request, reply) => versioned(reply, await conceptOf(ctx, request.params.conceptId)),
  );
}
