import { z } from 'zod';
import { idSchema } from '../records/schemas';

/** Shared pieces of the API contract (the OpenAPI document is generated from these). */

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
  .describe('application/problem+json');

export const conversationParams = z.object({ conversationId: idSchema });

/** A record with the eTag to send back in If-Match. */
export function versionedSchema<T extends z.ZodType>(value: T) {
  return z.object({ etag: z.string(), value });
}

export const ifMatchHeader = z.object({
  'if-match': z.string().max(200).optional().describe('The eTag of the version this change is based on'),
});

/** The security requirement and the usual refusals, for every authenticated route. */
export function secured(tags: string[]) {
  return {
    tags,
    security: [{ bearer: [] }],
  };
}

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  412: problemSchema,
  428: problemSchema,
};
