import { GraphError } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from '../../../src/service/graph/middleware/retry';
import { createGraphClient } from '../../../src/service/graph/client';
import { BASE_URL, cannedConnection, json, staticTokens } from './cannedTerminal';

describe('the Graph middleware chain', () => {
  it('sends the bearer token and reaches the configured base URL', async () => {
    const { connection, terminal } = cannedConnection(() => json(200, { id: 'u1', displayName: 'Mette' }));
    const me: unknown = await connection.client.api('/me').get();
    expect(me).toEqual({ id: 'u1', displayName: 'Mette' });
    expect(terminal.seen[0]?.url).toBe('https://graph.example.test/v1.0/me');
    expect(terminal.seen[0]?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('waits the Retry-After of an outer 429 and then succeeds, counting both round trips', async () => {
    const { connection, log, sleeps } = cannedConnection((_req, i) =>
      i === 0
        ? json(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '2' })
        : json(200, { ok: true }),
    );
    await expect(connection.client.api('/me').get()).resolves.toEqual({ ok: true });
    expect(sleeps).toEqual([2000]);
    expect(connection.stats.roundTrips).toBe(2);
    expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', '/v1.0/me', 429],
      ['GET', '/v1.0/me', 200],
    ]);
  });

  it('retries 503 and 504 too, but gives up after the retry limit with Graph error', async () => {
    const { connection, terminal } = cannedConnection(() =>
      json(503, { error: { code: 'ServiceUnavailable', message: 'x' } }, { 'Retry-After': '0' }),
    );
    const failure = await connection.client
      .api('/me')
      .get()
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphError);
    expect(failure).toMatchObject({ statusCode: 503 });
    expect(terminal.seen).toHaveLength(5);
  });

  it('does not retry a 400', async () => {
    const { connection, terminal } = cannedConnection(() =>
      json(400, { error: { code: 'BadRequest', message: 'no' } }),
    );
    await expect(connection.client.api('/me').get()).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
    });
    expect(terminal.seen).toHaveLength(1);
  });

  it('on a 401 drops the cached token and tries once more with a fresh one', async () => {
    const tokens = staticTokens('stale', 'fresh');
    const { connection, terminal } = cannedConnection(
      (req) =>
        req.headers.get('Authorization') === 'Bearer fresh'
          ? json(200, { ok: 1 })
          : json(401, { error: { code: 'InvalidAuthenticationToken', message: 'expired' } }),
      tokens,
    );
    await expect(connection.client.api('/me').get()).resolves.toEqual({ ok: 1 });
    expect(tokens.invalidations).toBe(1);
    expect(terminal.seen.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer stale',
      'Bearer fresh',
    ]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('the send stage', () => {
  it('gives up on a Graph attempt that hangs after its timeout, instead of holding the caller', async () => {
    const signals: AbortSignal[] = [];
    const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (signal) signals.push(signal);
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    const connection = createGraphClient({
      baseUrl: BASE_URL,
      tokens: staticTokens('token-1'),
      fetch: hanging,
      timeoutMs: 50,
    });
    const started = performance.now();
    await expect(connection.client.api('/me').get()).rejects.toBeDefined();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(signals[0]?.aborted).toBe(true);
  });
});
