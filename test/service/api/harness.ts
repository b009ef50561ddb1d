import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/service/app';
import { createTokenValidator } from '../../../src/service/auth/tokenValidator';
import type { Directory, DirectoryUser } from '../../../src/service/authorization/directory';
import type { RecordStore } from '../../../src/service/records/recordStore';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import { memoryPrivateNotes } from '../../../src/service/records/privateNotes';
import type { LiveSettings } from '../../../src/service/live/settings';
import { startLocalIssuer, type LocalIssuer } from '../auth/localIssuer';
import { client, type Call } from './http';

/** A small organisation held in memory: who manages whom, who is HR. Mutable to test manager changes. */
export class FakeDirectory implements Directory {
  readonly managers = new Map<string, string>();
  readonly hr = new Set<string>();
  async managerOf(userId: string): Promise<DirectoryUser | undefined> {
    const m = this.managers.get(userId);
    return m ? { id: m, displayName: m } : undefined;
  }
  async directReportsOf(userId: string): Promise<DirectoryUser[]> {
    return [...this.managers].filter(([, m]) => m === userId).map(([id]) => ({ id, displayName: id }));
  }
  async isMemberOf(userId: string): Promise<boolean> {
    return this.hr.has(userId);
  }
  async leaders(): Promise<DirectoryUser[]> {
    return [...new Set(this.managers.values())].map((id) => ({ id, displayName: id }));
  }
}

export interface Harness {
  app: FastifyInstance;
  /** Where the app listens, e.g. http://127.0.0.1:41234. */
  url: string;
  issuer: LocalIssuer;
  directory: FakeDirectory;
  call: Call;
  token(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app with the local issuer, an in-memory record store and a fake directory. */
export async function startHarness(
  options: { records?: RecordStore; live?: LiveSettings } = {},
): Promise<Harness> {
  const issuer = await startLocalIssuer();
  const directory = new FakeDirectory();
  const app = await buildApp({
    tokens: createTokenValidator({
      issuer: issuer.issuer,
      jwksUri: issuer.jwksUri,
      audiences: [issuer.audience],
      tenantId: issuer.tenantId,
      requiredScope: 'access_as_user',
    }),
    directory,
    records: options.records ?? createMemoryRecordStore(),
    privateNotes: memoryPrivateNotes(),
    hrGroupId: 'hr-group',
    webRoot: '/nonexistent',
    logger: process.env.DEBUG_SERVICE === '1',
    ...(options.live ? { live: options.live } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    issuer,
    directory,
    call: client(url),
    token: (userId) => issuer.sign({ oid: userId, name: userId }),
    close: async () => {
      await app.close();
      await issuer.close();
    },
  };
}

/**
 * Starts a planned conversation's meeting: the leader books it a second ahead, both agree the agenda, and the
 * server's clock passes the start (a conclusion is written at or after the meeting).
 */
export async function startMeeting(h: Harness, conversationId: string, leader: string, employee: string) {
  const path = `/api/conversations/${conversationId}`;
  const start = Date.now() + 1000;
  const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
  for (const [who, route, body] of [
    [leader, 'status', { event: 'book', slot }],
    [leader, 'agenda', { action: 'agree' }],
    [employee, 'agenda', { action: 'agree' }],
  ] as const) {
    const token = await h.token(who);
    const current = await h.call('GET', path, { token });
    const res = await h.call('POST', `${path}/${route}`, {
      token,
      headers: { 'if-match': current.body.etag },
      body,
    });
    if (res.status !== 200) throw new Error(`${route} as ${who}: ${res.status} ${res.text}`);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now()) + 100));
}
