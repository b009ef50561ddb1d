import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from './harness';
import type { Reply } from './http';

/** The conversation's state machine and agenda are the domain's; these walk them through the API. */
let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });
// A slot well ahead of today, so booking it is never refused as being in the past.
const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const slot = { start: `${day}T09:00:00.000Z`, end: `${day}T10:00:00.000Z` };
/** A slot starting a second from now: the talk can be held only once the server's clock passes its start. */
const soon = () => ({
  start: new Date(Date.now() + 1000).toISOString(),
  end: new Date(Date.now() + 3_600_000).toISOString(),
});
const untilStarted = () => new Promise((resolve) => setTimeout(resolve, 1100));

beforeAll(async () => {
  h = await startHarness();
  h.directory.managers.set('emp-1', 'lead-1');
});
afterAll(() => h.close());

async function planConversation(): Promise<Reply> {
  const res = await h.call('POST', '/api/rounds', {
    ...(await as('lead-1')),
    body: { roundId: randomUUID(), title: 'MUS 2026', conceptId: 'flexible', employeeIds: ['emp-1'] },
  });
  expect(res.status).toBe(201);
  return { ...res, body: res.body.conversations[0] };
}

/** Sends a change with the eTag of the last reply and returns the new reply. */
async function step(last: Reply, who: string, path: string, body: unknown): Promise<Reply> {
  const etag = last.body.etag as string;
  return h.call('POST', `/api/conversations/${last.body.value.id}/${path}`, {
    ...(await as(who)),
    headers: { 'if-match': etag },
    body,
  });
}

const topicIds = (r: Reply): string[] =>
  r.body.value.agenda.items.map((i: { topic: { id: string } }) => i.topic.id);
const lastRole = (r: Reply): string => r.body.value.agenda.items.at(-1).topic.role;

describe('conversation state and agenda through the domain', () => {
  it('refuses an impossible step with 409, a stable code and Danish and English text', async () => {
    const planned = await planConversation();
    const res = await step(planned, 'lead-1', 'status', { event: 'hold' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'invalid_state',
      domainCode: 'conversation.illegalTransition',
      messages: { da: expect.stringMatching(/tilstand/), en: expect.stringMatching(/state/) },
    });
    const after = await h.call('GET', `/api/conversations/${planned.body.value.id}`, await as('emp-1'));
    expect(after.body.value.status).toBe('planned');
  });

  it('lets only the leader book, and refuses a slot that ends before it starts', async () => {
    const planned = await planConversation();
    expect((await step(planned, 'emp-1', 'status', { event: 'book', slot })).status).toBe(403);
    const backwards = await step(planned, 'lead-1', 'status', {
      event: 'book',
      slot: { start: slot.end, end: slot.start },
    });
    expect(backwards.body).toMatchObject({ status: 400, code: 'invalid_slot' });
  });

  it('walks booked → agenda agreed (proposal accepted, goals topic last) → held, and cancel/rebook resumes', async () => {
    let c = await planConversation();
    expect(lastRole(c)).toBe('goals');
    c = await step(c, 'lead-1', 'status', { event: 'book', slot });
    expect(c.body.value.status).toBe('booked');

    c = await step(c, 'emp-1', 'agenda', { action: 'propose', topicId: 'own-1', title: 'Arbejdsmiljø' });
    expect(c.status).toBe(200);
    expect(topicIds(c)).toContain('own-1');
    expect(lastRole(c)).toBe('goals');
    const pending = await step(c, 'emp-1', 'agenda', { action: 'agree' });
    expect(pending.body).toMatchObject({ status: 409, code: 'pending_proposals' });
    const notYours = await step(c, 'emp-1', 'agenda', { action: 'accept', topicId: 'own-1' });
    expect(notYours.body).toMatchObject({ status: 403, code: 'not_allowed_for_party' });

    c = await step(c, 'lead-1', 'agenda', { action: 'accept', topicId: 'own-1' });
    c = await step(c, 'lead-1', 'agenda', { action: 'move', topicId: topicIds(c).at(-1), toIndex: 0 });
    expect(lastRole(c)).toBe('goals');
    c = await step(c, 'lead-1', 'agenda', { action: 'agree' });
    expect(c.body.value.status).toBe('booked');
    c = await step(c, 'emp-1', 'agenda', { action: 'agree' });
    expect(c.body.value.status).toBe('agendaAgreed');
    const settled = await step(c, 'emp-1', 'agenda', { action: 'propose', topicId: 'own-2', title: 'Mere' });
    expect(settled.body).toMatchObject({ status: 409, code: 'invalid_state' });

    c = await step(c, 'lead-1', 'status', { event: 'cancel', reason: 'Sygdom' });
    expect(c.body.value.status).toBe('cancelled');
    c = await step(c, 'lead-1', 'status', { event: 'rebook', slot: soon() });
    expect(c.body.value.status).toBe('agendaAgreed');
    for (const who of ['emp-1', 'lead-1']) {
      const prep = await h.call('PUT', `/api/conversations/${c.body.value.id}/preparation`, {
        ...(await as(who)),
        body: { answers: { 'own-1': `${who} forbereder` }, submit: true },
      });
      expect(prep.status).toBe(200);
    }
    c = await h.call('GET', `/api/conversations/${c.body.value.id}`, await as('lead-1'));
    expect(c.body.value.status).toBe('prepared');
    await untilStarted();
    c = await step(c, 'emp-1', 'status', { event: 'hold' });
    expect(c.body.value.status).toBe('held');
    const none = await step(c, 'lead-1', 'status', { event: 'conclude' });
    expect(none.status).toBe(404);

    const url = `/api/conversations/${c.body.value.id}/conclusion`;
    let conclusion = await h.call('PUT', url, {
      ...(await as('lead-1')),
      body: { summaries: { 'own-1': 'Bedre arbejdsmiljø' } },
    });
    expect(conclusion.status).toBe(200);
    conclusion = await h.call('POST', `${url}/sign`, {
      ...(await as('lead-1')),
      headers: { 'if-match': conclusion.body.etag },
    });
    const halfSigned = await step(c, 'lead-1', 'status', { event: 'conclude' });
    expect(halfSigned.body).toMatchObject({ status: 409, code: 'conclusion_not_signed' });
    await h.call('POST', `${url}/sign`, {
      ...(await as('emp-1')),
      headers: { 'if-match': conclusion.body.etag },
    });
    c = await step(c, 'lead-1', 'status', { event: 'conclude' });
    expect(c.body.value.status).toBe('concluded');
    c = await step(c, 'lead-1', 'status', { event: 'followUp' });
    expect(c.body.value.status).toBe('followedUp');
  });

  it('shows the other side’s preparation once both submitted (frozen then); an early one counts when the agenda is agreed', async () => {
    let c = await planConversation();
    const id = c.body.value.id as string;
    const prep = async (who: string, body: unknown, etag?: string) =>
      h.call('PUT', `/api/conversations/${id}/preparation`, {
        ...(await as(who)),
        body,
        ...(etag ? { headers: { 'if-match': etag } } : {}),
      });
    const view = async (who: string) => h.call('GET', `/api/conversations/${id}/preparation`, await as(who));
    const topic = topicIds(c)[0] ?? '';
    const submitted = await prep('emp-1', { answers: { [topic]: 'mine tanker' }, submit: true });
    expect(submitted.status).toBe(200);
    const frozen = await prep('emp-1', { answers: { [topic]: 'ændret' } }, submitted.body.etag);
    expect(frozen.body).toMatchObject({ status: 409, code: 'preparation_submitted' });
    expect((await view('lead-1')).body.other).toEqual({ submitted: true, answers: null });
    await prep('lead-1', { answers: { [topic]: 'lederens tanker' }, submit: true });
    expect((await view('lead-1')).body.other.answers[topic]).toBe('mine tanker');
    expect((await view('emp-1')).body.other.answers[topic]).toBe('lederens tanker');

    c = await step(c, 'lead-1', 'status', { event: 'book', slot });
    c = await step(c, 'lead-1', 'agenda', { action: 'agree' });
    c = await step(c, 'emp-1', 'agenda', { action: 'agree' });
    expect(c.body.value.status).toBe('prepared');
  });
});
