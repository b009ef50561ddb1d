/** A canned `$batch` endpoint: answers each inner request by a script and honours dependsOn with 424. */
import { z } from 'zod';
import { json } from './cannedTerminal';
import type { SeenRequest } from './cannedTerminal';

const batchBody = z.object({
  requests: z.array(
    z.object({
      id: z.string(),
      method: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});
export type InnerRequest = z.infer<typeof batchBody>['requests'][number];
export interface InnerAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export function batchHandler(answer: (inner: InnerRequest) => InnerAnswer) {
  const batches: InnerRequest[][] = [];
  const handler = (request: SeenRequest): Response => {
    const { requests } = batchBody.parse(request.body);
    if (requests.length > 20) return json(400, { error: { code: 'BadRequest', message: 'more than 20' } });
    batches.push(requests);
    const statuses = new Map<string, number>();
    const responses = requests.map((inner) => {
      const dep = inner.dependsOn?.[0];
      const depStatus = dep ? statuses.get(dep) : undefined;
      const result: InnerAnswer =
        depStatus !== undefined && depStatus >= 400
          ? { status: 424, body: { error: { code: 'FailedDependency', message: 'dependency failed' } } }
          : answer(inner);
      statuses.set(inner.id, result.status);
      return { id: inner.id, status: result.status, headers: result.headers ?? {}, body: result.body };
    });
    return json(200, { responses: responses.reverse() });
  };
  return { handler, batches };
}
