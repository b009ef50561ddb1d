import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../http/problem';
import { TokenError, type Caller, type TokenValidator } from './tokenValidator';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every `/api` request that passed token validation. */
    caller?: Caller;
  }
}

/** Routes under /api that need no token: the contract itself and a liveness probe. */
const PUBLIC = new Set(['/api/openapi.json', '/api/health']);

/**
 * Every request under `/api` must carry a valid access token, checked before body parsing so an anonymous
 * caller learns nothing (not even validation messages). Runs as an `onRequest` hook on the whole app.
 */
export function installAuthentication(app: FastifyInstance, validator: TokenValidator): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!(path === '/api' || path.startsWith('/api/')) || PUBLIC.has(path)) return;
    try {
      request.caller = await validator.validate(request.headers.authorization);
    } catch (error) {
      if (error instanceof TokenError) throw new ApiError(error.code, error.message);
      request.log.warn({ err: error }, 'token validation could not complete');
      throw new ApiError('upstream_unavailable', 'The token issuer could not be reached');
    }
  });
}

/** The caller of an authenticated route (the hook guarantees one). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new ApiError('token_missing');
  return request.caller;
}
