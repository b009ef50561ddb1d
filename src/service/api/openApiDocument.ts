/**
 * The last step of the OpenAPI document (`/api/openapi.json`, and from it the browser's generated types,
 * `npm run api:types`): what every route shares is named once. Every route's refusals are one `Problem`
 * response (`$ref`), and only the schemas a route reaches are kept (zod's registry also yields an input
 * twin of every named record, which no route takes as its body).
 */
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Json = Record<string, unknown>;

/** Every refusal of every route (`errorResponses` in `schemas.ts`) is this one response. */
const problemResponse = {
  description: 'A refusal (400, 401, 403, 404, 409, 412, 428, …): a stable code, Danish and English messages',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** The OpenAPI document of the zod route schemas, with the shared parts named once (`app.ts` installs it). */
export const transformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Json & { paths?: Json; components?: Json };
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [path, withSharedProblem(item as Json)]),
  );
  const schemas = (document.components?.schemas ?? {}) as Json;
  const reached = reachedSchemas(paths, schemas);
  return {
    ...document,
    paths,
    components: {
      ...document.components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name))),
      responses: { ...(document.components?.responses as Json), Problem: problemResponse },
    },
  };
};

/** A path's operations, each answering its refusals with the shared response. */
function withSharedProblem(item: Json): Json {
  return Object.fromEntries(
    Object.entries(item).map(([method, operation]) => {
      const responses = (operation as { responses?: Json }).responses;
      if (!responses?.['4XX']) return [method, operation];
      return [
        method,
        {
          ...(operation as Json),
          responses: { ...responses, '4XX': { $ref: '#/components/responses/Problem' } },
        },
      ];
    }),
  );
}

/** The names of the schemas that the paths reach, directly or through other schemas. */
function reachedSchemas(paths: Json, schemas: Json): Set<string> {
  const reached = new Set<string>();
  const pending: unknown[] = [paths, problemResponse];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const name = key === '$ref' && typeof child === 'string' ? schemaName(child) : undefined;
      if (name === undefined) pending.push(child);
      else if (!reached.has(name)) {
        reached.add(name);
        pending.push(schemas[name]);
      }
    }
  }
  return reached;
}

function schemaName(ref: string): string | undefined {
  const prefix = '#/components/schemas/';
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
