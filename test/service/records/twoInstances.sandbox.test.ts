import { randomUUID } from 'node:crypto';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';
import type { Call, Reply } from '../api/http';

/**
 * Two MUS service instances on one SharePoint site, each with its own copy of the conversations it has read
 * (`cachedRecordStore.ts`) and nothing shared but SharePoint: the two parties of a meeting type into the same
 * note through alternate instances, and no acknowledged word is lost; a change made through one instance is
 * taken by the other at once, though its copy is older.
 */
let s: ServiceOnSandbox;
let a: Call;
let b: Call;
let leader = '';
let employee = '';

beforeAll(async () => {
  s = await startServiceOnSandbox({ instances: 2 });
  [a, b] = s.calls as [Call, Call];
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
  const report = users.find((u) => u.managerId === hanne?.id);
  if (!hanne || !report) throw new Error('no Hanne and report in the sandbox');
  leader = await s.token(hanne.userPrincipalName);
  employee = await s.token(report.userPrincipalName);
});
afterAll(() => s.close());

async function newConversation() {
  const users = await s.users();
  const hanne = users.find((u) => u.userPrincipalName.startsWith('hanne.mortensen'));
  const report = users.find((u) => u.managerId === hanne?.id);
  const round = await a('POST', '/api/rounds', {
    token: leader,
    body: { roundId: randomUUID(), title: 'MUS 2027', conceptId: 'flexible', employeeIds: [report?.id] },
  });
  expect(round.status).toBe(201);
  const c = round.body.conversations[0].value;
  return { base: `/api/conversations/${c.id}`, topicId: c.agenda.items[0].topic.id as string };
}

it('loses no word when both parties write the same note through alternate instances', async () => {
  const { base, topicId } = await newConversation();
  const path = `${base}/notes/${topicId}`;
  // Both instances hold a copy of the conversation before the typing starts.
  for (const call of [a, b]) expect((await call('GET', `${base}/notes`, { token: leader })).status).toBe(200);
  const acknowledged: string[] = [];
  const type = async (token: string, who: string) => {
    let known: { etag: string; text: string } | undefined;
    for (let i = 0; i < 12; i++) {
      const word = `${who}${i}`;
      for (let attempt = 0; ; attempt++) {
        const call = (i + attempt) % 2 === 0 ? a : b;
        const r: Reply = await call('PUT', path, {
          token,
          headers: known ? { 'if-match': known.etag } : {},
          body: { text: `${known?.text ?? ''} ${word}`.trim() },
        });
        if (r.status === 200) {
          known = { etag: r.body.etag, text: r.body.value.text };
          acknowledged.push(word);
          break;
        }
        // 412: the other party wrote since; 428: the other party wrote the first version. Merge and retry.
        expect([412, 428]).toContain(r.status);
        const current =
          r.status === 412
            ? r.body.current
            : (await call('GET', `${base}/notes`, { token })).body.find(
                (n: { value: { topicId: string } }) => n.value.topicId === topicId,
              );
        known = { etag: current.etag, text: current.value.text };
        expect(attempt).toBeLessThan(20);
      }
    }
  };
  await Promise.all([type(leader, 'leder'), type(employee, 'medarbejder')]);
  expect(acknowledged).toHaveLength(24);
  for (const call of [a, b]) {
    const notes = await call('GET', `${base}/notes`, { token: employee });
    const words: string[] = notes.body[0].value.text.split(' ');
    expect([...words].sort()).toEqual([...acknowledged].sort());
  }
});

it('takes through one instance a change made through the other, though its copy of the conversation is older', async () => {
  const { base } = await newConversation();
  // B reads the conversation's notes: its copy of the conversation is from now.
  expect((await b('GET', `${base}/notes`, { token: leader })).status).toBe(200);
  // Through A the leader adds a topic to the agenda.
  const read = await a('GET', base, { token: leader });
  const topicId = randomUUID();
  const added = await a('POST', `${base}/agenda`, {
    token: leader,
    headers: { 'if-match': read.body.etag },
    body: { action: 'propose', topicId, title: 'Arbejdsmiljø' },
  });
  expect(added.status).toBe(200);
  // B's copy does not have the topic yet; the note is written all the same.
  const note = await b('PUT', `${base}/notes/${topicId}`, { token: employee, body: { text: 'Støj' } });
  expect(note.status).toBe(200);
  // A change through B based on the version A answered is taken; one based on the older version is refused.
  const agreed = await b('POST', `${base}/agenda`, {
    token: employee,
    headers: { 'if-match': added.body.etag },
    body: { action: 'propose', topicId: randomUUID(), title: 'Kompetencer' },
  });
  expect(agreed.status).toBe(200);
  const stale = await a('POST', `${base}/agenda`, {
    token: leader,
    headers: { 'if-match': added.body.etag },
    body: { action: 'remove', topicId },
  });
  expect(stale.status).toBe(412);
  expect(stale.body.current.etag).toBe(agreed.body.etag);
  // Both instances read the conversation as it is now.
  for (const call of [a, b])
    expect((await call('GET', base, { token: leader })).body.etag).toBe(agreed.body.etag);
});
