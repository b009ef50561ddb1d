import type { Reply } from '../api/http';
import { buildWorld, type Alias, type World } from './world';

/**
 * Two confidentiality breaches, refused: (1) a party making the meeting "started" (a `hold` before the
 * booked time, a booking in the past) to read the other side's unsubmitted preparation, and (2) an employee
 * handing "leader" powers to anyone by consenting to a handover. Each refusal checks the status and code and
 * reads back, as a party, that nothing leaked or changed. The grants that must still work are here too.
 */
let w: World;
beforeAll(async () => {
  // Every meeting planned: these tests book them and make drafts themselves.
  w = await buildWorld({ meetingsStarted: [] });
});
afterAll(() => w.s.close());

const conv = (e: Alias) => `/api/conversations/${w.conv[e]}`;
const far = { start: '2030-05-01T09:00:00.000Z', end: '2030-05-01T10:00:00.000Z' };
const pastSlot = () => ({
  start: new Date(Date.now() - 3_600_000).toISOString(),
  end: new Date(Date.now() + 3_600_000).toISOString(),
});
/** A slot starting in a moment; {@link untilStarted} waits for the server's clock to pass its start. */
const soon = () => ({
  start: new Date(Date.now() + 1500).toISOString(),
  end: new Date(Date.now() + 3_600_000).toISOString(),
});
const untilStarted = () => new Promise((resolve) => setTimeout(resolve, 1600));

/** What a party reads at `path` (must be 200). */
async function read(alias: Alias, path: string): Promise<string> {
  const res = await w.call('GET', path, await w.as(alias));
  if (res.status !== 200) throw new Error(`read-back of ${path} as ${alias}: ${res.status} ${res.text}`);
  return res.text;
}

/** Sends `body` to a conversation route as `alias`, with the conversation's current eTag. */
async function post(alias: Alias, employee: Alias, route: string, body: unknown): Promise<Reply> {
  const current = await w.call('GET', conv(employee), await w.as(employee));
  return w.call(
    'POST',
    `${conv(employee)}/${route}`,
    await w.as(alias, { body, headers: { 'if-match': current.body.etag } }),
  );
}

/** The leader books `slot` and both agree the agenda: the conversation is `agendaAgreed`. */
async function agreedOn(employee: Alias, leader: Alias, slot: { start: string; end: string }) {
  expect((await post(leader, employee, 'status', { event: 'book', slot })).status).toBe(200);
  expect((await post(leader, employee, 'agenda', { action: 'agree' })).status).toBe(200);
  const agreed = await post(employee, employee, 'agenda', { action: 'agree' });
  expect(agreed.body.value.status).toBe('agendaAgreed');
}

/** The leader's draft preparation (saved, not submitted). */
async function leaderDraft(employee: Alias, leader: Alias, text: string) {
  const res = await w.call(
    'PUT',
    `${conv(employee)}/preparation`,
    await w.as(leader, { body: { answers: { [w.topicId]: text } } }),
  );
  expect(res.status).toBe(200);
}

async function otherAnswers(alias: Alias, employee: Alias): Promise<unknown> {
  return JSON.parse(await read(alias, `${conv(employee)}/preparation`)).other.answers;
}

/** Sends a request that must be refused and proves that what `reads` returns is the same afterwards. */
async function refused(
  expected: { status: number; code: string },
  request: () => Promise<Reply>,
  reads: () => Promise<string>,
) {
  const before = await reads();
  const res = await request();
  expect({ status: res.status, code: res.body?.code }).toEqual(expected);
  expect(res.body.messages.da.length).toBeGreaterThan(0);
  expect(await reads()).toBe(before);
}

describe('a party cannot make the meeting "started" to read the other side’s draft', () => {
  it('the employee’s hold before the booked time is refused, and the leader’s draft stays hidden', async () => {
    await agreedOn('E1', 'L1', far);
    await leaderDraft('E1', 'L1', 'leader draft about E1');
    const asEmployee = async () =>
      (await read('E1', conv('E1'))) + (await read('E1', `${conv('E1')}/preparation`));
    await refused(
      { status: 409, code: 'meeting_not_started' },
      () => post('E1', 'E1', 'status', { event: 'hold' }),
      asEmployee,
    );
    expect(await otherAnswers('E1', 'E1')).toBeNull();
    expect(JSON.parse(await read('E1', conv('E1'))).value.status).toBe('agendaAgreed');
  });

  it('the leader cannot rebook to a slot in the past to read the employee’s preparation', async () => {
    await agreedOn('E2', 'L1', far);
    const asLeader = async () =>
      (await read('L1', conv('E2'))) + (await read('L1', `${conv('E2')}/preparation`));
    await refused(
      { status: 400, code: 'slot_in_past' },
      () => post('L1', 'E2', 'status', { event: 'rebook', slot: pastSlot() }),
      asLeader,
    );
    expect(await otherAnswers('L1', 'E2')).toBeNull();
    expect(JSON.parse(await read('E2', conv('E2'))).value.slot).toEqual(far);
  });

  it('a conversation cannot be booked in the past', async () => {
    await refused(
      { status: 400, code: 'slot_in_past' },
      () => post('L1', 'E3', 'status', { event: 'book', slot: pastSlot() }),
      () => read('E3', conv('E3')),
    );
    expect(JSON.parse(await read('E3', conv('E3'))).value).toMatchObject({ status: 'planned', slot: null });
  });

  it('once the booked time has come, the talk is held, the leader sees the submitted preparation (never a draft), and their own is frozen', async () => {
    await agreedOn('E4', 'L1', soon());
    await leaderDraft('E4', 'L1', 'leader draft about E4');
    expect(await otherAnswers('E4', 'E4')).toBeNull();
    expect(await otherAnswers('L1', 'E4')).toBeNull();
    await untilStarted();
    // The leader's draft stays the leader's; the employee's submitted preparation is shown.
    expect(await otherAnswers('E4', 'E4')).toBeNull();
    expect(await otherAnswers('L1', 'E4')).toEqual({ [w.topicId]: 'prep of E4' });
    const mine = JSON.parse(await read('L1', `${conv('E4')}/preparation`)).mine;
    await refused(
      { status: 409, code: 'preparation_frozen' },
      async () =>
        w.call(
          'PUT',
          `${conv('E4')}/preparation`,
          await w.as('L1', {
            body: { answers: { [w.topicId]: 'rewritten' } },
            headers: { 'if-match': mine.etag },
          }),
        ),
      () => read('E4', `${conv('E4')}/preparation`),
    );
    const held = await post('E4', 'E4', 'status', { event: 'hold' });
    expect({ status: held.status, state: held.body.value.status }).toEqual({ status: 200, state: 'held' });
  });
});

describe('a handover consent gives no one else a leader’s powers', () => {
  it('the employee cannot consent to someone who never led the conversation and is not the manager', async () => {
    for (const stranger of ['L2', 'E2', 'E1'] as const) {
      await refused(
        { status: 403, code: 'handover_not_allowed' },
        () => post('E1', 'E1', 'handover', { leaderId: w.id(stranger), consent: true }),
        () => read('E1', conv('E1')),
      );
    }
    expect(JSON.parse(await read('E1', conv('E1'))).value.consentedLeaderIds).toEqual([]);
    const asStranger = await w.call('GET', `${conv('E1')}/preparation`, await w.as('L2'));
    expect({ status: asStranger.status, answers: asStranger.body.other }).toEqual({
      status: 404,
      answers: undefined,
    });
  });

  it('a consented new manager and the former leader only read (audited); every write is refused', async () => {
    await leaderDraft('E5', 'L1', 'L1 draft about E5');
    await w.s.setManager(w.id('E5'), w.id('L2'));
    // The new manager was never a party: the same 404 as for a conversation that does not exist.
    expect((await w.call('GET', conv('E5'), await w.as('L2'))).body.code).toBe('not_found');
    for (const leader of ['L2', 'L1'] as const)
      expect((await post('E5', 'E5', 'handover', { leaderId: w.id(leader), consent: true })).status).toBe(
        200,
      );

    // Reads work, are audited, and the new manager never gets the former leader's draft as "mine".
    expect((await w.call('GET', conv('E5'), await w.as('L2'))).status).toBe(200);
    const prepAsL2 = JSON.parse(await read('L2', `${conv('E5')}/preparation`));
    expect(prepAsL2.mine).toBeNull();
    expect(JSON.stringify(prepAsL2)).not.toContain('L1 draft about E5');
    expect(JSON.parse(await read('L1', `${conv('E5')}/preparation`)).mine.value.answers).toEqual([
      { topicId: w.topicId, text: 'L1 draft about E5' },
    ]);
    const audit = await w.call('GET', '/api/hr/audit', await w.as('H'));
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: w.id('L2'),
          action: 'handover:preparation',
          conversationId: w.conv.E5,
        }),
      ]),
    );

    const state = async () =>
      (await read('E5', conv('E5'))) +
      (await read('E5', `${conv('E5')}/notes`)) +
      (await read('L1', `${conv('E5')}/preparation`));
    // E5's meeting has not started, so there is no conclusion: the read-only refusal comes before any record.
    const conclusion = { etag: JSON.parse(await read('E5', conv('E5'))).etag as string };
    for (const reader of ['L2', 'L1'] as const) {
      const opts = async (body: unknown, etag: string) =>
        w.as(reader, { body, headers: { 'if-match': etag } });
      const writes: (() => Promise<Reply>)[] = [
        async () =>
          w.call(
            'PUT',
            `${conv('E5')}/conclusion`,
            await opts({ summaries: { [w.topicId]: 'x' } }, conclusion.etag),
          ),
        async () => w.call('POST', `${conv('E5')}/conclusion/sign`, await opts(undefined, conclusion.etag)),
        async () =>
          w.call('POST', `${conv('E5')}/conclusion/amend`, await opts({ reason: 'x' }, conclusion.etag)),
        async () =>
          w.call('PUT', `${conv('E5')}/preparation`, await opts({ answers: { [w.topicId]: 'x' } }, '*')),
        () => post(reader, 'E5', 'status', { event: 'book', slot: far }),
        () => post(reader, 'E5', 'agenda', { action: 'agree' }),
      ];
      for (const write of writes) await refused({ status: 403, code: 'read_only_access' }, write, state);
    }
  });
});
