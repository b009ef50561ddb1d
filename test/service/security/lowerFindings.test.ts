import { createHash } from 'node:crypto';
import { suiteWorld, far, soon, untilStarted } from './attacks';

/**
 * The lower findings of the security review, each tried as an attacker with an ordinary account would, through HTTP on
 * the service on the sandbox; every refused record is read back by its owner and found unchanged.
 */
const t = suiteWorld();

describe('a conclusion needs a meeting that has started', () => {
  it('is refused while planned or booked, and works once the booked time has come', async () => {
    const { id, topic } = await t.a.freshConversation('L1', 'E6');
    const path = `${t.a.conv(id)}/conclusion`;
    const none = async () => {
      const res = await t.w.call('GET', path, await t.w.as('E6'));
      return `${res.status} ${res.body?.code}`;
    };
    const write = (alias: 'E6' | 'L1') => async () =>
      t.w.call(
        'PUT',
        path,
        await t.w.as(alias, { body: { summaries: { [topic]: 'decided before we met' } } }),
      );
    await t.a.refused({ status: 409, code: 'meeting_not_started' }, write('L1'), none);
    await t.a.step('L1', id, 'book', far);
    await t.a.refused({ status: 409, code: 'meeting_not_started' }, write('E6'), none);
    await t.a.agree('L1', 'E6', id);
    await t.a.refused({ status: 409, code: 'meeting_not_started' }, write('L1'), none);
    await t.a.refused(
      { status: 409, code: 'meeting_not_started' },
      async () => t.w.call('POST', `${path}/sign`, await t.w.as('E6', { headers: { 'if-match': '"x"' } })),
      none,
    );
    expect(await none()).toBe('404 not_found');

    await t.a.step('L1', id, 'rebook', soon());
    await untilStarted();
    expect((await write('L1')()).status).toBe(200);
  });
});

describe('conversation ids tell nobody who is in a round', () => {
  /** The id the service derived from round and employee before (a v5-like SHA-1 UUID). */
  const derived = (name: string) => {
    const h = createHash('sha1').update(`mus:${name}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };

  it('ids are not derived from round and employee', () => {
    for (const e of ['E1', 'E2', 'E7'] as const) {
      const roundId = e === 'E7' ? undefined : t.w.roundId;
      if (roundId) expect(t.w.conv[e]).not.toBe(derived(`${roundId}:${t.w.id(e)}`));
    }
  });

  it('a colleague’s conversation and one that does not exist answer alike (404)', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const part of ['', '/notes', '/preparation', '/conclusion']) {
      const answers = [];
      for (const id of [t.w.conv.E2!, missing, derived(`${t.w.roundId}:${t.w.id('E3')}`)]) {
        const res = await t.w.call('GET', `${t.a.conv(id)}${part}`, await t.w.as('E1'));
        answers.push({ status: res.status, code: res.body?.code, title: res.body?.title });
      }
      expect(answers[0]).toEqual({ status: 404, code: 'not_found', title: expect.any(String) });
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    }
  });

  it('HR cannot tell a conversation with an unfiled conclusion from one that does not exist', async () => {
    const hr = async (id: string) => {
      const res = await t.w.call('GET', `/api/hr/conversations/${id}/conclusion`, await t.w.as('H'));
      return { status: res.status, code: res.body?.code };
    };
    const nothing = await hr('00000000-0000-4000-8000-000000000000');
    expect(nothing).toEqual({ status: 404, code: 'not_found' });
    expect(await hr(t.w.conv.E3!)).toEqual(nothing);
  });
});

describe('a replayed create makes nothing twice', () => {
  it('POST /goals twice with one Idempotency-Key makes one goal and answers the first result again', async () => {
    const path = `${t.a.conv(t.w.conv.E4!)}/goals`;
    const goals = async () => JSON.parse(await t.a.read('E4', path)).length as number;
    const before = await goals();
    const send = async () =>
      t.w.call(
        'POST',
        path,
        await t.w.as('E4', {
          body: { goal: 'Lære at holde oplæg', deadline: '2027-06-30', responsible: 'employee' },
          headers: { 'idempotency-key': 'goal-1-of-E4' },
        }),
      );
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect([200, 201]).toContain(again.status);
    expect(again.body.value.id).toBe(first.body.value.id);
    expect(await goals()).toBe(before + 1);
  });

  it('POST /rounds twice without roundId, with one Idempotency-Key, makes one round', async () => {
    const rounds = async () => JSON.parse(await t.a.read('L2', '/api/rounds')).length as number;
    const before = await rounds();
    const send = async () =>
      t.w.call(
        'POST',
        '/api/rounds',
        await t.w.as('L2', {
          body: { title: 'Gentaget', conceptId: 'flexible', employeeIds: [t.w.id('E7')] },
          headers: { 'idempotency-key': 'round-1-of-L2' },
        }),
      );
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.body.round.value.id).toBe(first.body.round.value.id);
    expect(await rounds()).toBe(before + 1);
  });
});
