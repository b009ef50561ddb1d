/**
 * Contract suite: the real Graph adapters (middleware chain, tokens, batch helper, events) against the local
 * Microsoft 365 sandbox, over HTTP. The same code runs against Graph with other settings.
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { sendBatch } from '../../../src/service/graph/batch';
import { createGraphClient, odataQuery } from '../../../src/service/graph/client';
import type { GraphConnection } from '../../../src/service/graph/client';
import { paged } from '../../../src/service/graph/paging';
import type { ConversationEventInput } from '../../../src/service/graph/events';
import { conversationEventBody, createConversationEvents } from '../../../src/service/graph/events';
import { startSandbox } from './sandboxHarness';
import type { SandboxHarness } from './sandboxHarness';

let sandbox: SandboxHarness;
let leaderUpn: string;
let reports: { upn: string; name: string }[];

const calendarEvent = z.looseObject({
  id: z.string(),
  subject: z.string().nullish(),
  transactionId: z.string().nullish(),
});

beforeAll(async () => {
  sandbox = await startSandbox();
  const users = await sandbox.users();
  const byManager = new Map<string, typeof users>();
  users.forEach((u) => {
    const managerId = typeof u.managerId === 'string' ? u.managerId : undefined;
    if (managerId) byManager.set(managerId, [...(byManager.get(managerId) ?? []), u]);
  });
  const [leaderId, team] = [...byManager.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  leaderUpn = users.find((u) => u.id === leaderId)?.userPrincipalName ?? '';
  reports = team.map((u) => ({ upn: u.userPrincipalName, name: u.displayName }));
});
afterAll(async () => sandbox?.close());
afterEach(async () => sandbox?.clearFaults());

async function leaderConnection(): Promise<GraphConnection> {
  const factory = sandbox.factory({ retry: { maxDelayMs: 20 } });
  return factory.forUser(await sandbox.apiToken(leaderUpn));
}

const conversation = (id: string, i: number, subject: string): ConversationEventInput => {
  const day = String(2 + (i % 20)).padStart(2, '0');
  const hour = String(8 + (i % 6)).padStart(2, '0');
  const report = reports[i % reports.length] ?? { upn: 'x@x', name: 'x' };
  return {
    conversationId: id,
    subject,
    start: `2027-03-${day}T${hour}:00:00`,
    end: `2027-03-${day}T${hour}:45:00`,
    attendees: [{ address: report.upn, name: report.name }],
    agenda: { heading: 'Dagsorden / Agenda', topics: ['Siden sidst', 'Trivsel <&> samarbejde'] },
  };
};

async function eventsWithSubject(connection: GraphConnection, subject: string) {
  const path = `/me/events${odataQuery({ $top: 100, $select: 'id,subject,transactionId' })}`;
  const events = await paged(connection, path, (raw) => calendarEvent.parse(raw));
  return events.filter((e) => e.subject === subject);
}

describe('Graph adapters against the sandbox', () => {
  it('works on behalf of the signed-in leader (OBO via the discovered token endpoint)', async () => {
    const connection = await leaderConnection();
    const me = z.object({ userPrincipalName: z.string() }).parse(await connection.client.api('/me').get());
    expect(me.userPrincipalName.toLowerCase()).toBe(leaderUpn.toLowerCase());
  });

  it('gets 401 for a bad token and 403 for a token without the scope', async () => {
    const bad = createGraphClient({
      baseUrl: sandbox.config.graphBaseUrl,
      tokens: { getToken: async () => 'not-a-token', invalidate: () => undefined },
    });
    await expect(bad.client.api('/me').get()).rejects.toMatchObject({ statusCode: 401 });
    const narrow = await sandbox.userToken(leaderUpn, 'https://graph.microsoft.com/User.Read');
    const readOnly = createGraphClient({
      baseUrl: sandbox.config.graphBaseUrl,
      tokens: { getToken: async () => narrow, invalidate: () => undefined },
    });
    const denied = await readOnly.client
      .api('/me/events')
      .post(conversationEventBody(conversation('c-403', 0, 'MUS 403')))
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(GraphError);
    expect(denied).toMatchObject({ statusCode: 403 });
  });

  it('creates conversation events with Teams meetings and reads their chat thread ids', async () => {
    const connection = await leaderConnection();
    const report = await createConversationEvents(connection, [conversation('c-one', 0, 'MUS one')]);
    expect(report.results[0]).toMatchObject({
      ok: true,
      chatThreadId: expect.stringMatching(/^19:meeting_.+@thread\.v2$/),
    });
  });

  it('returns the existing event when the same transactionId is sent again', async () => {
    const connection = await leaderConnection();
    const first = await createConversationEvents(connection, [conversation('c-idem', 1, 'MUS idem')]);
    const second = await createConversationEvents(connection, [conversation('c-idem', 1, 'MUS idem')]);
    expect(second.results[0]).toMatchObject({ ok: true });
    const ids = [first, second].map((r) => (r.results[0]?.ok ? r.results[0].eventId : 'failed'));
    expect(ids[0]).toBe(ids[1]);
    expect(await eventsWithSubject(connection, 'MUS idem')).toHaveLength(1);
  });

  it('answers 424 for a request whose dependency failed, and the helper reports both as failed', async () => {
    const connection = await leaderConnection();
    const good = conversationEventBody(conversation('c-dep', 2, 'MUS dep'));
    const report = await sendBatch(
      connection,
      [
        {
          key: 'bad',
          method: 'POST',
          url: '/me/events',
          body: { ...good, transactionId: 'c-bad', notAProperty: 1 },
        },
        { key: 'dependent', method: 'POST', url: '/me/events', body: good },
      ],
      { shape: 'chains', chains: 1 },
    );
    expect(report.outcomes.get('bad')).toMatchObject({ ok: false, status: 400 });
    expect(report.outcomes.get('dependent')).toMatchObject({ ok: false, status: 424 });
    expect(report.rounds).toBe(1);
    expect(await eventsWithSubject(connection, 'MUS dep')).toHaveLength(0);
  });

  it('re-sends inner 429s of a batch and ends with every event once', async () => {
    const connection = await leaderConnection();
    await sandbox.faults({
      path: 'events',
      method: 'POST',
      target: 'inner',
      status: 429,
      failNext: 3,
      retryAfter: 0,
    });
    const inputs = Array.from({ length: 8 }, (_, i) => conversation(`c-inner-${i}`, i, 'MUS inner'));
    const report = await createConversationEvents(connection, inputs);
    expect(report.results.filter((r) => r.ok)).toHaveLength(8);
    expect(report.batch.rounds).toBeGreaterThan(1);
    expect(await eventsWithSubject(connection, 'MUS inner')).toHaveLength(8);
  });

  it('with 20% of Graph requests throttled, creating 30 events ends with exactly 30 events, none twice', async () => {
    const connection = await leaderConnection();
    await connection.client.api('/me').get(); // token first, so the faults hit Graph work only
    await sandbox.faults({ path: '^/v1\\.0/', status: 429, rate: 0.2, retryAfter: 0, seed: 7 });
    const inputs = Array.from({ length: 30 }, (_, i) => conversation(`c-throttle-${i}`, i, 'MUS throttled'));
    const report = await createConversationEvents(connection, inputs, { maxRounds: 12 });
    await sandbox.clearFaults();
    expect(report.results.filter((r) => r.ok)).toHaveLength(30);
    const events = await eventsWithSubject(connection, 'MUS throttled');
    expect(events).toHaveLength(30);
    expect(new Set(events.map((e) => e.transactionId)).size).toBe(30);
    const log = await sandbox.log();
    const throttled = log.flatMap((e) => [e, ...(e.inner ?? [])]).filter((e) => e.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
  });
});
