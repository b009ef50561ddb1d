/**
 * Graph's error envelope: {"error":{"code","message","innerError":{"request-id","date"}}}.
 * Route code throws GraphError; the server's error handler renders it.
 */
import { randomUUID } from 'node:crypto';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { 'request-id': string; 'client-request-id': string; date: string };
  };
}

/** The error body Graph sends, with a request id and the date without milliseconds. */
export function errorBody(code: string, message: string, requestId: string = randomUUID()): GraphErrorBody {
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, '');
  return {
    error: { code, message, innerError: { 'request-id': requestId, 'client-request-id': requestId, date } },
  };
}

export const badRequest = (message: string, code = 'BadRequest') => new GraphError(400, code, message);
export const notFound = (message: string, code = 'itemNotFound') => new GraphError(404, code, message);
export const forbidden = (code: string, message: string) => new GraphError(403, code, message);
export const unauthorized = (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message);
