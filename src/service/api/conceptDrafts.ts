import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assertConceptYear,
  conceptId,
  conceptKeyOf,
  conceptOfDraft,
  conversationId,
  ConceptTargetSchema,
  createAgenda,
  createOwnTopic,
  draftFromConcept,
  draftFromTemplate,
  isConceptFor,
  persistedSchemas,
  topicId,
  type ConceptDraft,
  type ConceptTarget,
} from '../../domain';
import { ApiError } from '../http/problem';
import { StaleRecordError } from '../records/recordStore';
import { ifMatch, ifMatchOf, versioned, type ApiContext } from './context';
import { publishedConcepts } from './concepts';
import { change, input, records, route, versionedSchema } from './schemas';

/**
 * HR's concept drafts (under the HR scope, `/api/hr/…`: HR only): a draft per template, year and scope, copied
 * from last year's concept, the template or the concept in force; edited with If-Match; previewed as the
 * agenda a conversation would get; published as the next version in force. Leaders and employees read
 * published concepts only (`concepts.ts`); a round keeps the agenda it was planned with.
 */
const text = z.object({ da: input.title, en: input.title });
const questions = z.array(z.object({ da: input.shortText.min(1), en: input.shortText.min(1) })).max(20);
const draftChange = z.object({
  durationMinutes: z.number().int().min(15).max(240),
  chosenOptionalTopicIds: z.array(input.id).max(input.limits.topics),
  omittedBasisTopicIds: z.array(input.id).max(input.limits.topics),
  ownTopics: z
    .array(z.object({ id: input.id, title: text, purpose: text.optional(), questions }))
    .max(input.limits.topics),
  /** The questions of template topics, where they differ from the template's. */
  questions: z.record(input.id, questions),
});
const startFrom = z.object({ from: z.enum(['lastYear', 'template', 'inForce']) });
const params = z.object({ conceptKey: input.id });
const draftSchema = versionedSchema(persistedSchemas.conceptDraft.meta({ id: 'ConceptDraft' }));
const conceptSchema = versionedSchema(records.concept);
const draftView = z.object({
  target: ConceptTargetSchema,
  draft: draftSchema.nullable(),
  /** What publishing the draft would put in force (null without a draft). */
  concept: records.concept.nullable(),
  inForce: conceptSchema.nullable(),
});
/** A leader HR can give a concept of their unit's own (the `unit` scope's id is the leader's). */
const conceptUnit = z.object({ id: z.string(), name: z.string(), unit: z.string().nullable() });
const preview = z.object({
  agenda: persistedSchemas.agenda.shape.items,
  optionalTopics: records.concept.shape.optionalTopics,
});

/** The target a key names (`flexible.2027.organisation.organisation`), or a 400. */
function targetOf(key: string): ConceptTarget {
  const [template, year, level, ...id] = key.split('.');
  const parsed = ConceptTargetSchema.safeParse({
    template,
    year: Number(year),
    scope: { level, id: id.join('.') },
  });
  if (!parsed.success || conceptKeyOf(parsed.data) !== key)
    throw new ApiError('validation_failed', 'A concept key is <template>.<year>.<level>.<scope id>');
  return parsed.data;
}

const draftKey = (key: string) => `conceptDraft:${key}`;

export function conceptDraftRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conceptDrafts, concepts } = ctx.records;
  const inForce = async (target: ConceptTarget) =>
    (await publishedConcepts(ctx)).find((c) => isConceptFor(c.value, target)) ?? null;
  const built = (draft: ConceptDraft) => conceptOfDraft(draft, conceptId('preview'), 1, ctx.now());
  const view = async (target: ConceptTarget) => {
    const draft = (await conceptDrafts.get(draftKey(conceptKeyOf(target)))) ?? null;
    return { target, draft, concept: draft ? built(draft.value) : null, inForce: await inForce(target) };
  };

  api.get(
    '/concept-units',
    {
      schema: route(
        'concepts',
        'HR: every leader in the directory with their unit (department), by unit then name, rounds or not',
        z.object({}),
        z.array(conceptUnit),
      ),
    },
    async () => {
      const leaders = await ctx.directory.leaders();
      const unit = (u: { department?: string }) => u.department ?? null;
      return leaders
        .map((l) => ({ id: l.id, name: l.displayName, unit: unit(l) }))
        .sort(
          (a, b) =>
            Number(a.unit === null) - Number(b.unit === null) ||
            (a.unit ?? '').localeCompare(b.unit ?? '', 'da') ||
            a.name.localeCompare(b.name, 'da'),
        );
    },
  );

  api.get(
    '/concept-drafts/:conceptKey',
    { schema: route('concepts', 'HR: the draft of a concept, and the concept in force', params, draftView) },
    async (request) => view(targetOf(request.params.conceptKey)),
  );

  /** Writes the draft: the first without If-Match, later ones with the version they are based on. */
  const write = async (
    key: string,
    etag: string | undefined,
    make: (current: ConceptDraft | undefined) => ConceptDraft,
  ) => {
    const target = targetOf(key);
    assertConceptYear(target.year, ctx.now());
    return conceptDrafts.write(draftKey(key), etag, (current) => {
      const draft = make(current);
      built(draft); // the domain refuses a draft that cannot become a concept; nothing is written
      return draft;
    });
  };

  api.put(
    '/concept-drafts/:conceptKey',
    { schema: { ...change('concepts', 'HR: change the draft', params, draftSchema), body: draftChange } },
    async (request, reply) => {
      const { conceptKey } = request.params;
      const { ownTopics, ...rest } = request.body;
      const next = await write(conceptKey, ifMatchOf(request), (current) => ({
        ...draftFromTemplate(targetOf(conceptKey), ctx.now()),
        ...rest,
        chosenOptionalTopicIds: rest.chosenOptionalTopicIds.map(topicId),
        omittedBasisTopicIds: rest.omittedBasisTopicIds.map(topicId),
        ownTopics: ownTopics.map((t) =>
          createOwnTopic({
            id: topicId(t.id),
            title: t.title,
            questions: t.questions,
            ...(t.purpose ? { purpose: t.purpose } : {}),
          }),
        ),
        // Still a copy of what it was copied from.
        basedOn: current?.basedOn ?? null,
      }));
      return versioned(reply, next);
    },
  );

  api.post(
    '/concept-drafts/:conceptKey/start',
    {
      schema: {
        ...change(
          'concepts',
          'HR: start the draft from last year’s concept, the template or the one in force',
          params,
          draftSchema,
        ),
        body: startFrom,
      },
    },
    async (request, reply) => {
      const { conceptKey } = request.params;
      const target = targetOf(conceptKey);
      const source =
        request.body.from === 'template'
          ? null
          : request.body.from === 'inForce'
            ? await inForce(target)
            : ((await inForce({ ...target, year: target.year - 1 })) ??
              (await inForce({
                ...target,
                year: target.year - 1,
                scope: { level: 'organisation', id: 'organisation' },
              })));
      if (request.body.from !== 'template' && !source)
        throw new ApiError(request.body.from === 'lastYear' ? 'no_concept_last_year' : 'not_found');
      const existing = await conceptDrafts.get(draftKey(conceptKey));
      const etag = existing ? ifMatch(request) : undefined;
      const next = await write(conceptKey, etag, () =>
        source ? draftFromConcept(target, source.value, ctx.now()) : draftFromTemplate(target, ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  api.get(
    '/concept-drafts/:conceptKey/preview',
    { schema: route('concepts', 'HR: the agenda a conversation would get with the draft', params, preview) },
    async (request) => {
      const draft = await conceptDrafts.get(draftKey(request.params.conceptKey));
      if (!draft) throw new ApiError('no_concept_draft');
      const concept = built(draft.value);
      const agenda = createAgenda(conversationId('preview'), concept, ctx.now());
      return { agenda: agenda.items, optionalTopics: concept.optionalTopics };
    },
  );

  api.post(
    '/concept-drafts/:conceptKey/publish',
    {
      schema: change(
        'concepts',
        'HR: publish the draft as the concept in force (a new version)',
        params,
        conceptSchema,
      ),
    },
    async (request, reply) => {
      const { conceptKey } = request.params;
      const target = targetOf(conceptKey);
      assertConceptYear(target.year, ctx.now());
      const draft = await conceptDrafts.get(draftKey(conceptKey));
      if (!draft) throw new ApiError('no_concept_draft');
      const etag = ifMatch(request);
      if (draft.etag !== etag) throw new StaleRecordError('conceptDraft', draft);
      const current = await inForce(target);
      const next = conceptOfDraft(
        draft.value,
        conceptId(current?.key ?? conceptKey),
        (current?.value.version ?? 0) + 1,
        ctx.now(),
      );
      const published = current
        ? await concepts.replace(current.key, next, current.etag)
        : await concepts.create(conceptKey, next);
      await conceptDrafts.delete(draftKey(conceptKey));
      return versioned(reply, published);
    },
  );
}
