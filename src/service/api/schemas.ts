import { z } from 'zod';
import {
  AgendaSchema,
  ConclusionVersionSchema,
  GoalActivitySchema,
  GoalFollowUpSchema,
  LocalizedTextSchema,
  SignatureSchema,
  TopicSchema,
} from '../../domain';
import { RECORDS } from '../records/kinds';

/**
 * The domain's shapes that records share, named once in the OpenAPI document (a `$ref` each instead of a copy
 * in every record that holds them).
 */
for (const [schema, id] of [
  [LocalizedTextSchema, 'LocalizedText'],
  [TopicSchema, 'Topic'],
  [AgendaSchema, 'Agenda'],
  [SignatureSchema, 'Signature'],
  [ConclusionVersionSchema, 'ConclusionVersion'],
  [GoalActivitySchema, 'GoalActivity'],
  [GoalFollowUpSchema, 'GoalFollowUp'],
] as const) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}

/**
 * The API's own pieces of contract: limits and primitives of request bodies, the problem shape, and the
 * envelope of a versioned record. The records themselves are the domain's schemas (`records/kinds.ts`); the
 * OpenAPI document (`/api/openapi.json`) is generated from all of these.
 */

/** Limits on request input; texts are counted in UTF-16 code units, as SharePoint counts them. */
export const LIMITS = { id: 100, title: 200, short: 2_000, long: 20_000, topics: 30, goals: 30 } as const;

/** Entra object ids, our own ids: letters, digits, dash, underscore; never a path or a query. */
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9._-]+$/, 'Only letters, digits, ., - and _');
/**
 * A string of at most `max` UTF-16 code units. zod's `max` counts code points (10,001 emoji pass a 20,000
 * limit as 20,002 units), so the unit SharePoint counts is checked as well; `max` stays for the OpenAPI
 * document's `maxLength`.
 */
export const textOfAtMost = (max: number, text: z.ZodString = z.string()) =>
  text.max(max).refine((s) => s.length <= max, { message: `At most ${max} characters (UTF-16 code units)` });
export const titleSchema = textOfAtMost(LIMITS.title, z.string().trim().min(1));
export const shortTextSchema = textOfAtMost(LIMITS.short);
export const longTextSchema = textOfAtMost(LIMITS.long);
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** The primitives of request bodies, as one import for the route modules. */
export const input = {
  id: idSchema,
  title: titleSchema,
  shortText: shortTextSchema,
  longText: longTextSchema,
  dateTime: isoDateTimeSchema,
  limits: LIMITS,
} as const;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    messages: z.object({ da: z.string(), en: z.string() }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional(),
    domainCode: z.string().optional(),
  })
  .describe('application/problem+json')
  .meta({ id: 'Problem' });

/**
 * The records as the API answers them: the storage edge's schemas, named in the OpenAPI document (one
 * component each, so the browser's generated types have a name for every record).
 */
export const records = {
  concept: RECORDS.concept.schema.meta({ id: 'Concept' }),
  round: RECORDS.round.schema.meta({ id: 'Round' }),
  conversation: RECORDS.conversation.schema.meta({ id: 'Conversation' }),
  preparation: RECORDS.preparation.schema.meta({ id: 'Preparation' }),
  note: RECORDS.note.schema.meta({ id: 'SharedNote' }),
  goal: RECORDS.goal.schema.meta({ id: 'DevelopmentGoal' }),
  conclusion: RECORDS.conclusion.schema.meta({ id: 'Conclusion' }),
  musTest: RECORDS.musTest.schema.meta({ id: 'MusTestAnswers' }),
  evaluation: RECORDS.evaluation.schema.meta({ id: 'Evaluation' }),
  audit: RECORDS.audit.schema.meta({ id: 'AuditEntry' }),
};

export const conversationParams = z.object({ conversationId: idSchema });

/** A record with the eTag to send back in If-Match. */
export function versionedSchema<T extends z.ZodType>(value: T) {
  return z.object({ etag: z.string(), value });
}

export const ifMatchHeader = z.object({
  'if-match': z.string().max(200).optional().describe('The eTag of the version this change is based on'),
});

export const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .max(200)
    .optional()
    .describe('Any unique string per create; a repeated request with the same key answers the first result'),
});

/** Every refusal (400, 401, 403, 404, 409, 412, 428, …) is a problem+json. */
export const errorResponses = { '4xx': problemSchema };

/** The tag and security requirement of an authenticated route. */
export function secured(tags: string[]) {
  return { tags, security: [{ bearer: [] }] };
}

/** The schema of an authenticated route: tag, summary, path parameters, and its 200 answer with the refusals. */
export function route<P extends z.ZodType, R extends z.ZodType>(
  tag: string,
  summary: string,
  params: P,
  ok: R,
) {
  return { ...secured([tag]), summary, params, response: { 200: ok, ...errorResponses } };
}

/** {@link route} for a change: `If-Match` names the version it is based on. */
export function change<P extends z.ZodType, R extends z.ZodType>(
  tag: string,
  summary: string,
  params: P,
  ok: R,
) {
  return { ...route(tag, summary, params, ok), headers: ifMatchHeader };
}
