import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { ApiError } from '../http/problem';
import { TokenError, type TokenValidator } from './tokenValidator';

/**
 * The authenticated scope's `onRequest` hook: the caller's access token is validated before the body is even
 * parsed, so an anonymous caller learns nothing (not even validation messages). It belongs to the routes'
 * scope (`api/index.ts`), not to a match on the URL: every route registered in the scope has it, whatever
 * way its path was spelled.
 */
export function authenticate(validator: TokenValidator): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    try {
      request.caller = await validator.validate(request.headers.authorization);
    } catch (error) {
      if (error instanceof TokenError) throw new ApiError(error.code, error.message);
      request.log.warn({ err: error }, 'token validation could not complete');
      throw new ApiError('upstream_unavailable', 'The token issuer could not be reached');
    }
  };
}
