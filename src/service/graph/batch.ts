/**
 * The batch helper: sends N requests as JSON `$batch`es of at most 20, optionally shaped as `dependsOn`
 * chains (a mailbox serves 4 concurrent requests, so 4 chains of 5). Graph throttles each inner request on its
 * own, so a 200 batch can hold inner 429/503s; those are re-sent after their `Retry-After` (capped), together
 * with the 424s whose dependency is being re-sent. Bodies are re-sent unchanged, so an event's `transactionId`
 * makes the retry idempotent. An outer 429 is the middleware's (retry stage) business. The report says, per
 * request, what finally happened.
 */
import { z } from 'zod';
import type { GraphConnection } from './client';
import { graphFailure } from './client';
import { parseRetryAfter, realSleep, RETRYABLE_STATUSES } from './middleware/retry';

export const MAX_BATCH_SIZE = 20;

export type BatchMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface BatchItem {
  /** The caller's key for this request, unique within one call. */
  readonly key: string;
  readonly method: BatchMethod;
  /** Relative to the version root, e.g. `/me/events`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type BatchOutcome =
  | {
      readonly key: string;
      readonly ok: true;
      readonly status: number;
      readonly body: unknown;
      readonly headers: Readonly<Record<string, string>>;
      readonly attempts: number;
    }
  | {
      readonly key: string;
      readonly ok: false;
      readonly status: number;
      readonly code: string;
      readonly message: string;
      readonly attempts: number;
    };

export interface BatchReport {
  /** Per key, in the order the items were given. */
  readonly outcomes: ReadonlyMap<string, BatchOutcome>;
  readonly succeeded: readonly BatchOutcome[];
  readonly failed: readonly BatchOutcome[];
  /** `$batch` POSTs the helper made (outer retries by the middleware are counted in the connection's stats). */
  readonly batchCalls: number;
  /** Rounds of sending (1 when nothing had to be re-sent). */
  readonly rounds: number;
}

export interface BatchOptions {
  /** `parallel` (default): independent requests. `chains`: `chains` dependsOn chains per batch. */
  readonly shape?: 'parallel' | 'chains';
  readonly chains?: number;
  readonly maxBatchSize?: number;
  /** Rounds of sending before what is still throttled counts as failed (default 6). */
  readonly maxRounds?: number;
  /** Cap on one wait for an inner Retry-After (default 10 s). */
  readonly maxRetryAfterMs?: number;
  /** Wait when a throttled answer carries no Retry-After (default 1 s). */
  readonly defaultRetryAfterMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});
const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) });

type Verdict = { kind: 'done'; outcome: BatchOutcome } | { kind: 'retry'; waitMs: number; status: number };

/** Which earlier position each position depends on, for a batch of `size` shaped as `chains` chains. */
export function chainDependencies(size: number, chains: number): (number | undefined)[] {
  const length = Math.ceil(size / Math.max(1, chains));
  return Array.from({ length: size }, (_, i) => (i % length === 0 ? undefined : i - 1));
}

export async function sendBatch(
  connection: GraphConnection,
  items: readonly BatchItem[],
  options: BatchOptions = {},
): Promise<BatchReport> {
  const keys = new Set(items.map((item) => item.key));
  if (keys.size !== items.length) throw new Error('Batch item keys must be unique');
  const size = Math.min(options.maxBatchSize ?? MAX_BATCH_SIZE, MAX_BATCH_SIZE);
  const maxRounds = options.maxRounds ?? 6;
  const cap = options.maxRetryAfterMs ?? 10_000;
  const fallbackWait = options.defaultRetryAfterMs ?? 1_000;
  const sleep = options.sleep ?? realSleep;
  const attempts = new Map<string, number>();
  const lastStatus = new Map<string, number>();
  const finished = new Map<string, BatchOutcome>();
  let pending = [...items];
  let batchCalls = 0;
  let rounds = 0;

  while (pending.length > 0 && rounds < maxRounds) {
    rounds += 1;
    const retry: BatchItem[] = [];
    let waitMs = 0;
    for (let start = 0; start < pending.length; start += size) {
      const chunk = pending.slice(start, start + size);
      const deps = options.shape === 'chains' ? chainDependencies(chunk.length, options.chains ?? 4) : [];
      chunk.forEach((item) => attempts.set(item.key, (attempts.get(item.key) ?? 0) + 1));
      batchCalls += 1;
      const verdicts = await sendOne(connection, chunk, deps, fallbackWait);
      chunk.forEach((item, i) => {
        const verdict = verdicts[i];
        if (!verdict) return;
        if (verdict.kind === 'done') {
          finished.set(item.key, { ...verdict.outcome, attempts: attempts.get(item.key) ?? 1 });
        } else {
          lastStatus.set(item.key, verdict.status);
          waitMs = Math.max(waitMs, verdict.waitMs);
          retry.push(item);
        }
      });
    }
    pending = retry;
    if (pending.length > 0 && rounds < maxRounds) await sleep(Math.min(waitMs, cap));
  }
  for (const item of pending) {
    const status = lastStatus.get(item.key) ?? 0;
    finished.set(item.key, {
      key: item.key,
      ok: false,
      status,
      code: 'retriesExhausted',
      message: `Still ${status} after ${rounds} rounds`,
      attempts: attempts.get(item.key) ?? 0,
    });
  }
  const outcomes = new Map<string, BatchOutcome>();
  for (const item of items) {
    const outcome = finished.get(item.key);
    if (outcome) outcomes.set(item.key, outcome);
  }
  const all = [...outcomes.values()];
  return {
    outcomes,
    succeeded: all.filter((o) => o.ok),
    failed: all.filter((o) => !o.ok),
    batchCalls,
    rounds,
  };
}

/** Sends one `$batch` and judges each inner answer: final, or to be re-sent after some wait. */
async function sendOne(
  connection: GraphConnection,
  chunk: readonly BatchItem[],
  deps: readonly (number | undefined)[],
  fallbackWait: number,
): Promise<Verdict[]> {
  const requests = chunk.map((item, i) => {
    const dep = deps[i];
    const headers = {
      ...(item.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...item.headers,
    };
    return {
      id: String(i + 1),
      method: item.method,
      url: item.url,
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(item.body !== undefined ? { body: item.body } : {}),
      ...(dep !== undefined ? { dependsOn: [String(dep + 1)] } : {}),
    };
  });
  let raw: unknown;
  try {
    raw = await connection.client.api('/$batch').post({ requests });
  } catch (error) {
    const failure = graphFailure(error);
    if (failure && RETRYABLE_STATUSES.has(failure.status)) {
      return chunk.map(() => ({ kind: 'retry', waitMs: fallbackWait, status: failure.status }));
    }
    const status = failure?.status ?? 0;
    const code = failure?.code || 'batchFailed';
    const message = failure?.message ?? String(error);
    return chunk.map((item) => ({
      kind: 'done',
      outcome: { key: item.key, ok: false, status, code, message, attempts: 0 },
    }));
  }
  const parsed = batchResponseSchema.parse(raw);
  const byId = new Map(parsed.responses.map((r) => [r.id, r]));
  const verdicts: Verdict[] = [];
  chunk.forEach((item, i) => {
    const answer = byId.get(String(i + 1));
    if (!answer) {
      verdicts.push({ kind: 'retry', waitMs: fallbackWait, status: 0 });
      return;
    }
    const headers = answer.headers ?? {};
    if (RETRYABLE_STATUSES.has(answer.status)) {
      const retryAfter = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
      verdicts.push({
        kind: 'retry',
        waitMs: parseRetryAfter(retryAfter) ?? fallbackWait,
        status: answer.status,
      });
      return;
    }
    const dep = deps[i];
    if (answer.status === 424 && dep !== undefined && verdicts[dep]?.kind === 'retry') {
      verdicts.push({ kind: 'retry', waitMs: 0, status: 424 });
      return;
    }
    if (answer.status < 400) {
      verdicts.push({
        kind: 'done',
        outcome: { key: item.key, ok: true, status: answer.status, body: answer.body, headers, attempts: 0 },
      });
      return;
    }
    const error = errorBodySchema.safeParse(answer.body);
    verdicts.push({
      kind: 'done',
      outcome: {
        key: item.key,
        ok: false,
        status: answer.status,
        code: error.success
          ? error.data.error.code
          : answer.status === 424
            ? 'failedDependency'
            : 'unknownError',
        message: error.success ? (error.data.error.message ?? '') : `HTTP ${answer.status}`,
        attempts: 0,
      },
    });
  });
  return verdicts;
}
