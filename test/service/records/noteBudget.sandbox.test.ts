import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';

/**
 * What saving a shared note costs in SharePoint's budget (the sandbox's meter): the first save creates the item
 * and every later save patches it, 2 units each, with no read of the conversation or the note before; a first
 * save of a note that exists is refused (428) and changes nothing.
 */
let s: ServiceOnSandbox;
const meterSchema = z.object({ value: z.array(z.object({ units: z.number(), requests: z.number() })) });
const logSchema = z.object({ value: z.array(z.object({ method: z.string(), path: z.string() })) });

beforeAll(async () => {
  s = await startServiceOnSandbox();
});
afterAll(() => s.close());

/** The SharePoint requests and units of the last action (then cleared). */
async function spent(): Promise<{ units: number; requests: string[] }> {
  const meter = meterSchema.parse(await (await fetch(`${s.sandboxUrl}/_sandbox/meter`)).json());
  const log = logSchema.parse(await (await fetch(`${s.sandboxUrl}/_sandbox/log`)).json());
  await fetch(`${s.sandboxUrl}/_sandbox/meter`, { method: 'DELETE' });
  await fetch(`${s.sandboxUrl}/_sandbox/log`, { method: 'DELETE' });
  return {
    units: meter.value.reduce((sum, a) => sum + a.units, 0),
    requests: log.value.filter((e) => e.path.includes('/sites/')).map((e) => e.method),
  };
}

it('saves a note with one SharePoint request of 2 units, and refuses a first save of a note that exists', async () => {
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
  const base = `/api/conversations/${conversation.id}`;
  const path = `${base}/notes/${conversation.agenda.items[0].topic.id}`;
  await s.call('GET', `${base}/notes`, { token: leader }); // the meeting opens
  await spent();

  const first = await s.call('PUT', path, { token: leader, body: { text: 'Trivsel' } });
  expect(first.status).toBe(200);
  expect(await spent()).toEqual({ units: 2, requests: ['POST'] });
  const second = await s.call('PUT', path, {
    token: leader,
    headers: { 'if-match': first.body.etag },
    body: { text: 'Trivsel og arbejdsglæde' },
  });
  expect(second.status).toBe(200);
  expect(await spent()).toEqual({ units: 2, requests: ['PATCH'] });

  const again = await s.call('PUT', path, { token: leader, body: { text: 'Overskrevet' } });
  expect(again.status).toBe(428);
  const notes = await s.call('GET', `${base}/notes`, { token: leader });
  expect(notes.body.map((n: { value: { text: string } }) => n.value.text)).toEqual([
    'Trivsel og arbejdsglæde',
  ]);
});
