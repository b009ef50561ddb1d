import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from '../../domain';
import { PrivateNoteConflictError, UpstreamError } from '../records/errors';
import { mayReadInConflict } from '../authorization/policy';
import { RecordNotFoundError, StaleRecordError, VersionRequiredError } from '../records/recordStore';
import {
  ApiError,
  PROBLEM_CONTENT_TYPE,
  domainProblem,
  toProblem,
  type Problem,
  type ProblemCode,
} from './problem';

/** Fastify's own error codes mapped to ours: bad input is never a 500. */
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_VALIDATION: 'validation_failed',
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * Storage refusals as the API's problems, in this one place: a stale or concurrent write is 412 carrying the
 * version now stored only when the caller may read it; a missing record is 404; a change without the version
 * it is based on is 428.
 */
function storageProblem(error: Error, request: FastifyRequest): Problem | undefined {
  if (error instanceof StaleRecordError) {
    const { current } = error;
    const who = { callerId: request.caller?.userId, access: request.access };
    const readable = mayReadInConflict(error.kind, current.value, who);
    return toProblem(
      'stale_record',
      error.message,
      readable ? { current: { etag: current.etag, value: current.value } } : {},
    );
  }
  if (error instanceof RecordNotFoundError) return toProblem('not_found', error.message);
  if (error instanceof VersionRequiredError) return toProblem('precondition_required', error.message);
  // The private note is the caller's own (OneDrive, on their behalf): its current text is theirs to see.
  if (error instanceof PrivateNoteConflictError)
    return toProblem('stale_record', error.message, { current: error.current });
  if (error instanceof UpstreamError) return toProblem('upstream_unavailable', error.message);
  return undefined;
}

function problemFor(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof ApiError) return toProblem(error.code, error.message, error.extra);
  const stored = storageProblem(error, request);
  if (stored) return stored;
  if (isDomainError(error)) return domainProblem(error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = 'validationContext' in error ? String(error.validationContext) : 'request';
    const issues = error.validation.map((v) => ({
      path: `${where}${v.instancePath.replace(/\//g, '.')}`,
      message: v.message ?? 'invalid',
    }));
    return toProblem('validation_failed', `Invalid ${where}`, { issues });
  }
  const code = 'code' in error && typeof error.code === 'string' ? FASTIFY_CODES[error.code] : undefined;
  if (code) return toProblem(code, error.message);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413) return toProblem('payload_too_large');
  if (status === 415) return toProblem('unsupported_media_type');
  if (status >= 400 && status < 500) return toProblem('validation_failed', error.message);
  request.log.error({ err: error }, 'unhandled error');
  return toProblem('internal');
}

/** Installs the problem+json error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) =>
    sendProblem(reply, problemFor(error, request)),
  );
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, toProblem('not_found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
