import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * API answers are data, never documents: JSON (or problem+json, or CSV) with `nosniff` and a CSP that
 * forbids everything, so even a browser opening an API URL directly renders nothing a user typed.
 */
function setApiHeaders(reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  reply.header('cache-control', 'no-store');
}

/** The API's headers on every route of a scope (`api/index.ts`), however its path was spelled. */
export function installApiHeaders(scope: FastifyInstance): void {
  scope.addHook('onSend', async (_request, reply, payload) => {
    setApiHeaders(reply);
    return payload;
  });
}

/** Answers that matched no route (a 404 problem) are API data too. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url === undefined) setApiHeaders(reply);
    return payload;
  });
}
