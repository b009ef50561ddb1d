/**
 * The `retry` stage: re-sends a request that Graph answered 429, 503 or 504, after its `Retry-After` (seconds
 * or an HTTP date; capped), or after an exponential backoff when the header is missing. Only the outer status
 * is looked at: inner `$batch` answers are the batch helper's business.
 */
import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainedMiddleware, setRequestHeader } from './chain';

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  readonly maxRetries?: number;
  /** Upper bound for one wait, whatever Retry-After says (default 30 s). */
  readonly maxDelayMs?: number;
  /** Backoff base when no Retry-After is given (default 500 ms, doubled per attempt). */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds to wait from a `Retry-After` value, or undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export class RetryMiddleware extends ChainedMiddleware {
  private readonly maxRetries: number;
  private readonly maxDelayMs: number;
  private readonly baseDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RetryOptions = {}) {
    super();
    this.maxRetries = options.maxRetries ?? 4;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.sleep = options.sleep ?? realSleep;
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      await this.next(context);
      const response = context.response;
      if (!response || !RETRYABLE_STATUSES.has(response.status) || attempt >= this.maxRetries) return;
      if (context.options?.body instanceof ReadableStream) return; // a stream cannot be sent twice
      const wait = parseRetryAfter(response.headers.get('Retry-After')) ?? this.baseDelayMs * 2 ** attempt;
      await response.body?.cancel();
      await this.sleep(Math.min(wait, this.maxDelayMs));
      setRequestHeader(context, 'Retry-Attempt', String(attempt + 1));
    }
  }
}
