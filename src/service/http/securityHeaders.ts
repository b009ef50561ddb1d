import type { FastifyInstance } from 'fastify';

/**
 * API answers are data, never documents: JSON (or problem+json, or CSV) with `nosniff` and a CSP that
 * forbids everything, so even a browser opening an API URL directly renders nothing a user typed.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api')) {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
