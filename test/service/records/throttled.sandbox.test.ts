import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { MUS_SITE_ID, SERVICE_APP_ID, SERVICE_APP_SECRET } from '../../../src/sandbox';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * SharePoint throttles the MUS app past its resource units per minute (the sandbox's meter, 1,200 units for
 * 800 licences): the service waits what `Retry-After` says and sends the write again, and the note is written
 * exactly once.
 */
let s: ServiceOnSandbox;
let offsetMs = 0;
const logSchema = z.object({
  value: z.array(z.object({ method: z.string(), path: z.string(), status: z.number() })),
});

beforeAll(async () => {
  s = await startServiceOnSandbox({ meter: { licences: 800, meterClock: () => Date.now() + offsetMs } });
});
afterAll(() => s.close());

/** The MUS app's own token, to spend its budget the way other work of the app would. */
async function appToken(): Promise<string> {
  const res = await fetch(`${s.sandboxUrl}/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: SERVICE_APP_ID,
      client_secret: SERVICE_APP_SECRET,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return z.object({ access_token: z.string() }).parse(await res.json()).access_token;
}

it('waits for Retry-After when SharePoint throttles a note write, and writes it once', async () => {
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
  const employee = users.find((u) => u.managerId === hanne?.id);
  if (!hanne || !employee) throw new Error('no Hanne and report in the sandbox');
  const leader = await s.token(hanne.userPrincipalName);
  const round = await s.call('POST', '/api/rounds', {
    token: leader,
    body: { roundId: randomUUID(), title: 'MUS 2027', conceptId: 'flexible', employeeIds: [employee.id] },
  });
  const conversation = round.body.conversations[0].value;
  const path = `/api/conversations/${conversation.id}/notes/${conversation.agenda.items[0].topic.id}`;
  const first = await s.call('PUT', path, { token: leader, body: { text: 'Før' } });
  expect(first.status).toBe(200);

  // A new minute: the app spends 1,199 of its 1,200 units, then the window has about 1.5 s left.
  offsetMs += 120_000;
  const started = Date.now();
  const token = await appToken();
  const lists = `${s.sandboxUrl}/v1.0/sites/${MUS_SITE_ID}/lists`;
  const spend = (url: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });
  for (let i = 0; i < 599; i++) await spend(lists);
  expect((await spend(`${s.sandboxUrl}/v1.0/sites/${MUS_SITE_ID}`)).status).toBe(200);
  offsetMs += 58_500 - (Date.now() - started);
  await fetch(`${s.sandboxUrl}/_sandbox/log`, { method: 'DELETE' });

  const before = Date.now();
  const written = await s.call('PUT', path, {
    token: leader,
    headers: { 'if-match': first.body.etag },
    body: { text: 'Før og efter' },
  });
  expect(written.status).toBe(200);
  expect(Date.now() - before).toBeGreaterThanOrEqual(1_000);
  const log = logSchema.parse(await (await fetch(`${s.sandboxUrl}/_sandbox/log`)).json()).value;
  const patches = log.filter((e) => e.method === 'PATCH').map((e) => e.status);
  expect(patches).toEqual([429, 200]);
  // One new version: the eTag's version went from 1 to 2, and the text is the one written.
  expect(first.body.etag).toMatch(/,1"$/);
  expect(written.body.etag).toMatch(/,2"$/);
  const notes = await s.call('GET', `/api/conversations/${conversation.id}/notes`, { token: leader });
  expect(notes.body).toEqual([
    expect.objectContaining({ value: expect.objectContaining({ text: 'Før og efter' }) }),
  ]);
});
