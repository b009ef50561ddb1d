import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from './harness';

/** The conversation held in a Teams meeting, found by its chat id: its two parties only. */
let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });
const CHAT = '19:meeting_ZmluZC1ieS1jaGF0@thread.v2';
const OTHER_CHAT = '19:meeting_b3RoZXItY2hhdA@thread.v2';
const meetingPath = (chat: string) => `/api/meetings/${encodeURIComponent(chat)}/conversation`;
let ida = '';
let ole = '';

beforeAll(async () => {
  h = await startHarness();
  h.directory.managers.set('emp-1', 'lead-1');
  h.directory.managers.set('emp-2', 'lead-1');
  h.directory.managers.set('emp-9', 'lead-2');
  const res = await h.call('POST', '/api/rounds', {
    ...(await as('lead-1')),
    body: {
      roundId: randomUUID(),
      title: 'MUS 2026',
      conceptId: 'flexible',
      employeeIds: ['emp-1', 'emp-2'],
    },
  });
  const ids = res.body.conversations.map((c: { value: { id: string; employeeId: string } }) => c.value);
  ida = ids.find((c: { employeeId: string }) => c.employeeId === 'emp-1').id;
  ole = ids.find((c: { employeeId: string }) => c.employeeId === 'emp-2').id;
});
afterAll(() => h.close());

async function link(who: string, conversationId: string, chat = CHAT) {
  const current = await h.call('GET', `/api/conversations/${conversationId}`, await as('lead-1'));
  return h.call('PUT', meetingPath(chat), {
    ...(await as(who)),
    headers: { 'if-match': current.body.etag },
    body: { conversationId },
  });
}

describe('the conversation of a meeting', () => {
  it('is not found before it is linked, and refuses a link without If-Match (428)', async () => {
    expect((await h.call('GET', meetingPath(CHAT), await as('lead-1'))).body).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    const bare = await h.call('PUT', meetingPath(CHAT), {
      ...(await as('lead-1')),
      body: { conversationId: ida },
    });
    expect(bare.body).toMatchObject({ status: 428, code: 'precondition_required' });
  });

  it('refuses a link by the employee (403), by another leader (404) and of an unknown conversation (404)', async () => {
    expect((await link('emp-1', ida)).body).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await link('lead-2', ida)).body).toMatchObject({ status: 404, code: 'not_found' });
    const unknown = await h.call('PUT', meetingPath(CHAT), {
      ...(await as('lead-1')),
      headers: { 'if-match': '"x"' },
      body: { conversationId: 'no-such-conversation' },
    });
    expect(unknown.body).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      (await h.call('GET', `/api/conversations/${ida}`, await as('lead-1'))).body.value.meeting,
    ).toBeNull();
  });

  it('is linked by the leader and then found by both parties, and by nobody else (404)', async () => {
    const linked = await link('lead-1', ida);
    expect(linked.status).toBe(200);
    expect(linked.body.value.meeting).toMatchObject({ chatId: CHAT });
    for (const party of ['lead-1', 'emp-1']) {
      const found = await h.call('GET', meetingPath(CHAT), await as(party));
      expect(found.status).toBe(200);
      expect(found.body.value.id).toBe(ida);
    }
    for (const stranger of ['emp-2', 'lead-2', 'emp-9', 'hr-1']) {
      const refused = await h.call('GET', meetingPath(CHAT), await as(stranger));
      expect(refused.body).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('holds one conversation per meeting: a second link to the same chat is 409, another chat is fine', async () => {
    expect((await link('lead-1', ole)).body).toMatchObject({ status: 409, code: 'already_exists' });
    expect((await link('lead-1', ole, OTHER_CHAT)).status).toBe(200);
    const found = await h.call('GET', meetingPath(OTHER_CHAT), await as('emp-2'));
    expect(found.body.value.id).toBe(ole);
    expect((await h.call('GET', meetingPath(OTHER_CHAT), await as('emp-1'))).status).toBe(404);
  });

  it('refuses a chat id that is not one (400)', async () => {
    const res = await h.call('GET', '/api/meetings/..%2F..%2Fadmin/conversation', await as('lead-1'));
    expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});

describe('private notes per topic', () => {
  it('are read back by their author only; the other party and strangers never see them', async () => {
    const path = `/api/conversations/${ida}/private-notes/trivsel`;
    const first = await h.call('PUT', path, { ...(await as('emp-1')), body: { text: 'Kun til mig' } });
    expect(first.status).toBe(200);
    expect((await h.call('GET', path, await as('emp-1'))).body).toEqual({
      etag: first.body.etag,
      text: 'Kun til mig',
    });
    expect((await h.call('GET', path, await as('lead-1'))).body).toBeNull();
    expect(
      (await h.call('GET', `/api/conversations/${ida}/private-notes/andet`, await as('emp-1'))).body,
    ).toBeNull();
    expect((await h.call('GET', path, await as('lead-2'))).body).toMatchObject({ status: 404 });
    const stale = await h.call('PUT', path, {
      ...(await as('emp-1')),
      headers: { 'if-match': '"old"' },
      body: { text: 'Overskrevet' },
    });
    expect(stale.status).toBe(412);
    expect((await h.call('GET', path, await as('emp-1'))).body.text).toBe('Kun til mig');
  });
});
