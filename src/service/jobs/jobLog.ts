/**
 * How the jobs (booking, reminders, retention) log: through the service's logger (Fastify's pino), each line
 * naming the job's worker and, for a job that stopped, the id of its queue message; never what the records say.
 * An error is logged as its type, code, status, message and stack only: a storage refusal carries the record
 * it found (`records/errors.ts`, `current`), a Graph error the answer's body, and neither belongs in a log.
 */

/** The part of the service's logger the jobs use (pino's shape; Fastify's `app.log` is one). */
export interface JobLogger {
  info(message: string): void;
  error(details: object, message: string): void;
}

/** What a worker reports (`worker.ts`): what stopped, why, and the job's id when a job stopped. */
export type WorkerLog = (message: string, error?: unknown, jobId?: string) => void;

/** An error as the log shows it: no property but these, so no record or answer body rides along. */
export interface LoggedError {
  readonly type: string;
  readonly message: string;
  readonly code?: string;
  readonly status?: number;
  readonly stack?: string;
  readonly errors?: readonly LoggedError[];
  readonly cause?: LoggedError;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

export function loggedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'not an Error' };
  const e = error as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  const code = textOf(e.code);
  const status = numberOf(e.status) ?? numberOf(e.statusCode);
  const nested = depth < 3;
  return {
    type: e.name,
    message: e.message,
    ...(code ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(e.stack ? { stack: e.stack } : {}),
    ...(nested && error instanceof AggregateError
      ? { errors: (error.errors as unknown[]).slice(0, 10).map((x) => loggedError(x, depth + 1)) }
      : {}),
    ...(nested && e.cause !== undefined ? { cause: loggedError(e.cause, depth + 1) } : {}),
  };
}

/** A worker's log on the service's logger: `<worker>: <message>` at error, with the worker and the job id. */
export function workerLog(logger: JobLogger, worker: string): WorkerLog {
  return (message, error, jobId) =>
    logger.error(
      { worker, ...(jobId ? { jobId } : {}), ...(error !== undefined ? { err: loggedError(error) } : {}) },
      `${worker}: ${message}`,
    );
}

/**
 * A logger for jobs that start before the service's logger exists (booking is handed to the service when it is
 * built): what they log before {@link attach} is kept (up to 100 lines) and written once it is attached.
 */
export function laterLogger(): JobLogger & { attach(logger: JobLogger): void } {
  let target: JobLogger | undefined;
  const waiting: ((l: JobLogger) => void)[] = [];
  const write = (line: (l: JobLogger) => void) => {
    if (target) line(target);
    else if (waiting.length < 100) waiting.push(line);
  };
  return {
    info: (message) => write((l) => l.info(message)),
    error: (details, message) => write((l) => l.error(details, message)),
    attach(logger) {
      target = logger;
      for (const line of waiting.splice(0)) line(logger);
    },
  };
}
