import { chainDependencies, sendBatch } from '../../../src/service/graph/batch';
import type { BatchItem } from '../../../src/service/graph/batch';
import { cannedConnection, json } from './cannedTerminal';
import { batchHandler } from './fakeBatch';
import type { InnerRequest } from './fakeBatch';

const items = (n: number): BatchItem[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `c${i + 1}`,
    method: 'POST',
    url: '/me/events',
    body: { transactionId: `c${i + 1}` },
  }));
const keyOf = (inner: InnerRequest): string => (inner.body as { transactionId: string }).transactionId;
const throttled = {
  status: 429,
  headers: { 'Retry-After': '0' },
  body: { error: { code: 'TooManyRequests', message: 'wait' } },
};

describe('the batch helper', () => {
  it('sends 45 requests as batches of 20, 20 and 5 and reports each success', async () => {
    const fake = batchHandler((inner) => ({ status: 201, body: { id: `ev-${keyOf(inner)}` } }));
    const { connection } = cannedConnection(fake.handler);
    const report = await sendBatch(connection, items(45));
    expect(fake.batches.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(report.batchCalls).toBe(3);
    expect(report.succeeded).toHaveLength(45);
    expect(report.outcomes.get('c7')).toMatchObject({
      ok: true,
      status: 201,
      body: { id: 'ev-c7' },
      attempts: 1,
    });
  });

  it('shapes a batch of 20 as 4 dependsOn chains of 5', async () => {
    expect(chainDependencies(20, 4).filter((d) => d === undefined)).toHaveLength(4);
    const fake = batchHandler(() => ({ status: 201, body: {} }));
    const { connection } = cannedConnection(fake.handler);
    await sendBatch(connection, items(20), { shape: 'chains', chains: 4 });
    const batch = fake.batches[0] ?? [];
    expect(batch.filter((r) => !r.dependsOn).map((r) => r.id)).toEqual(['1', '6', '11', '16']);
    expect(batch.find((r) => r.id === '5')?.dependsOn).toEqual(['4']);
  });

  it('re-sends inner 429s after their Retry-After with the same body (transactionId kept)', async () => {
    const seen = new Map<string, number>();
    const fake = batchHandler((inner) => {
      const key = keyOf(inner);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return ['c2', 'c9'].includes(key) && seen.get(key) === 1
        ? throttled
        : { status: 201, body: { id: key } };
    });
    const { connection, sleeps } = cannedConnection(fake.handler);
    const report = await sendBatch(connection, items(10), { sleep: async (ms) => void sleeps.push(ms) });
    expect(report.succeeded).toHaveLength(10);
    expect(report.rounds).toBe(2);
    expect(fake.batches[1]?.map((r) => r.body)).toEqual([{ transactionId: 'c2' }, { transactionId: 'c9' }]);
    expect(report.outcomes.get('c2')).toMatchObject({ ok: true, attempts: 2 });
    expect(sleeps).toEqual([0]);
  });

  it('re-sends 424s whose dependency was throttled, but not those whose dependency really failed', async () => {
    const tries = new Map<string, number>();
    const fake = batchHandler((inner) => {
      const key = keyOf(inner);
      tries.set(key, (tries.get(key) ?? 0) + 1);
      if (key === 'c2' && tries.get(key) === 1) return throttled;
      if (key === 'c7')
        return { status: 400, body: { error: { code: 'ErrorInvalidRequest', message: 'bad start' } } };
      return { status: 201, body: { id: key } };
    });
    const { connection } = cannedConnection(fake.handler);
    const report = await sendBatch(connection, items(10), {
      shape: 'chains',
      chains: 2,
      sleep: async () => undefined,
    });
    // chains: c1..c5 and c6..c10; c2 throttled → c3..c5 got 424 and are re-sent; c7 failed → c8..c10 stay failed
    expect(report.succeeded.map((o) => o.key).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(report.outcomes.get('c7')).toMatchObject({ ok: false, status: 400, code: 'ErrorInvalidRequest' });
    expect(report.outcomes.get('c9')).toMatchObject({ ok: false, status: 424 });
    expect(fake.batches[1]?.map(keyOf)).toEqual(['c2', 'c3', 'c4', 'c5']);
  });

  it('reports what is still throttled after the last round as failed', async () => {
    const fake = batchHandler((inner) => (keyOf(inner) === 'c3' ? throttled : { status: 201, body: {} }));
    const { connection } = cannedConnection(fake.handler);
    const report = await sendBatch(connection, items(4), { maxRounds: 3, sleep: async () => undefined });
    expect(report.failed).toEqual([
      expect.objectContaining({ key: 'c3', ok: false, status: 429, attempts: 3 }),
    ]);
    expect(report.batchCalls).toBe(3);
  });

  it('survives an outer 429 through the retry stage', async () => {
    const fake = batchHandler(() => ({ status: 201, body: {} }));
    const { connection, log } = cannedConnection((req, i) =>
      i === 0
        ? json(429, { error: { code: 'TooManyRequests', message: 'x' } }, { 'Retry-After': '0' })
        : fake.handler(req),
    );
    const report = await sendBatch(connection, items(3));
    expect(report.succeeded).toHaveLength(3);
    expect(report.batchCalls).toBe(1);
    expect(connection.stats.roundTrips).toBe(2);
    expect(log.map((e) => e.status)).toEqual([429, 200]);
  });

  it('refuses duplicate keys before sending anything', async () => {
    const { connection, terminal } = cannedConnection(() => json(200, { responses: [] }));
    const dup = [...items(2), ...items(1)];
    await expect(sendBatch(connection, dup)).rejects.toThrow('unique');
    expect(terminal.seen).toHaveLength(0);
  });
});
