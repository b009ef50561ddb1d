import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { Store } from '../../../src/sandbox/store';
import { loadKeys, mint } from '../../../src/sandbox/tokens';
import { buildWorld, snapshot, type Alias, type World } from './world';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w.s.close());

type Guard = { employee: Alias; part?: 'notes' | 'conclusion' | 'goals' | '' } | (() => Promise<string>);

/**
 * Sends a request that must be refused, and proves the record it aimed at is unchanged afterwards, read back
 * by a party (a conversation part by its employee, or what `guarded` reads).
 */
async function refused(
  expected: { status: number; code: string },
  request: () => Promise<{ status: number; body: { code?: string } }>,
  guarded: Guard = { employee: 'E1' },
) {
  const read = typeof guarded === 'function' ? guarded : () => snapshot(w, guarded.employee, guarded.part);
  const before = await read();
  const res = await request();
  expect({ status: res.status, code: res.body?.code }).toEqual(expected);
  expect(await read()).toBe(before);
}
/** What a party reads at `path`, for the unchanged-afterwards check. */
const readAs = (alias: Alias, path: string) => async () => {
  const res = await w.call('GET', path, await w.as(alias));
  if (res.status !== 200) throw new Error(`read-back failed: ${res.status} ${res.text}`);
  return res.text;
};
const conv = (e: Alias) => `/api/conversations/${w.conv[e]}`;

describe('who may see a conversation', () => {
  it('1 an employee cannot read a colleague’s conversation', () =>
    refused({ status: 404, code: 'not_found' }, async () => w.call('GET', conv('E1'), await w.as('E2'))));
  it('2 an employee cannot write notes into a colleague’s conversation', async () =>
    refused(
      { status: 404, code: 'not_found' },
      async () =>
        w.call(
          'PUT',
          `${conv('E1')}/notes/${w.topicId}`,
          await w.as('E2', { body: { text: 'x' }, headers: { 'if-match': '*' } }),
        ),
      { employee: 'E1', part: 'notes' },
    ));
  it('3 a leader cannot read a non-report’s conversation', () =>
    refused({ status: 404, code: 'not_found' }, async () => w.call('GET', conv('E7'), await w.as('L1')), {
      employee: 'E7',
    }));
  it('4 a leader cannot read a non-report’s conclusion', () =>
    refused(
      { status: 404, code: 'not_found' },
      async () => w.call('GET', `${conv('E7')}/conclusion`, await w.as('L1')),
      {
        employee: 'E7',
        part: 'conclusion',
      },
    ));
  it('5 a leader cannot plan a round for someone else’s employee (user id in the body not theirs)', () =>
    refused(
      { status: 403, code: 'forbidden' },
      async () =>
        w.call(
          'POST',
          '/api/rounds',
          await w.as('L1', {
            body: { roundId: randomUUID(), title: 'x', conceptId: 'flexible', employeeIds: [w.id('E7')] },
          }),
        ),
      readAs('E7', '/api/conversations'),
    ));
  it('6 HR cannot read a conversation record', () =>
    refused({ status: 404, code: 'not_found' }, async () => w.call('GET', conv('E1'), await w.as('H'))));
  it('7 HR cannot read shared notes', () =>
    refused(
      { status: 404, code: 'not_found' },
      async () => w.call('GET', `${conv('E1')}/notes`, await w.as('H')),
      {
        employee: 'E1',
        part: 'notes',
      },
    ));
  it('8 HR cannot read a conclusion the employee did not consent to file, nor learn that it exists', () =>
    refused(
      { status: 404, code: 'not_found' },
      async () => w.call('GET', `/api/hr/conversations/${w.conv.E1}/conclusion`, await w.as('H')),
      {
        employee: 'E1',
        part: 'conclusion',
      },
    ));
  it('9 a leader cannot use the HR conclusion route', () =>
    refused({ status: 403, code: 'forbidden' }, async () =>
      w.call('GET', `/api/hr/conversations/${w.conv.E1}/conclusion`, await w.as('L1')),
    ));
  it('10 a former leader loses access when the manager changes in the directory', async () => {
    expect((await w.call('GET', conv('E6'), await w.as('L1'))).status).toBe(200);
    await w.s.setManager(w.id('E6'), w.id('L2'));
    await refused(
      { status: 403, code: 'former_leader' },
      async () => w.call('GET', conv('E6'), await w.as('L1')),
      { employee: 'E6' },
    );
  });
  it('11 a leader cannot consent to a handover on the employee’s behalf', () =>
    refused({ status: 403, code: 'forbidden' }, async () =>
      w.call(
        'POST',
        `${conv('E1')}/handover`,
        await w.as('L1', { body: { leaderId: w.id('L2'), consent: true }, headers: { 'if-match': '*' } }),
      ),
    ));
  it('12 a leader cannot consent to filing on the employee’s behalf', () =>
    refused(
      { status: 403, code: 'forbidden' },
      async () =>
        w.call(
          'PUT',
          `${conv('E1')}/conclusion/consent`,
          await w.as('L1', { body: { consentToPersonnelFile: true }, headers: { 'if-match': '*' } }),
        ),
      { employee: 'E1', part: 'conclusion' },
    ));
});

describe('tokens', () => {
  /** A token of E1 from the sandbox's /oidc (password grant), with the scope asked for. */
  const real = (scope?: string) => w.s.token(w.upn('E1'), scope);
  /** E1's real token re-signed with a key that is not the issuer's, same kid. */
  const forged = async () => {
    const token = await real();
    const { privateKey } = await generateKeyPair('RS256');
    const { kid } = decodeProtectedHeader(token);
    return new SignJWT(decodeJwt(token))
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .sign(privateKey);
  };
  /** E1's claims signed with the sandbox's own key, but issued in another tenant. */
  const otherTenant = async () => {
    const store = new Store(w.s.dataDir);
    try {
      const keys = await loadKeys(store);
      return await mint(
        keys,
        { ...decodeJwt(await real()), tid: '11111111-2222-3333-4444-555555555555' },
        new Date(),
      );
    } finally {
      store.close();
    }
  };
  it('13 no token', () => refused({ status: 401, code: 'token_missing' }, () => w.call('GET', conv('E1'))));
  it('14 forged signature', async () =>
    refused({ status: 401, code: 'token_invalid' }, async () =>
      w.call('GET', conv('E1'), { token: await forged() }),
    ));
  it('15 expired token (issued by the sandbox two hours ago)', async () => {
    w.s.shiftClock(-2 * 3600_000);
    const old = await real().finally(() => w.s.shiftClock(0));
    await refused({ status: 401, code: 'token_expired' }, async () =>
      w.call('GET', conv('E1'), { token: old }),
    );
  });
  it('16 another audience (a Graph token of the same user)', async () =>
    refused({ status: 401, code: 'token_invalid' }, async () =>
      w.call('GET', conv('E1'), { token: await real('User.Read') }),
    ));
  it('17 another tenant, signed by the issuer', async () =>
    refused({ status: 401, code: 'token_invalid' }, async () =>
      w.call('GET', conv('E1'), { token: await otherTenant() }),
    ));
  it('18 without the access_as_user scope', async () =>
    refused({ status: 403, code: 'insufficient_scope' }, async () =>
      w.call('GET', conv('E1'), { token: await real('api://mus/user_impersonation') }),
    ));
  it('19 a write with a forged token changes nothing', async () =>
    refused(
      { status: 401, code: 'token_invalid' },
      async () =>
        w.call('PUT', `${conv('E1')}/notes/${w.topicId}`, {
          token: await forged(),
          body: { text: 'forged' },
          headers: { 'if-match': '*' },
        }),
      { employee: 'E1', part: 'notes' },
    ));
});

describe('HR and aggregates', () => {
  it('20 aggregates for a group of 4 are refused', async () => {
    const rounds = await w.call('GET', '/api/rounds', await w.as('L1'));
    const roundId: string = rounds.body[0].value.id;
    // Four whose talks have begun (an evaluation is written at or after the talk).
    for (const e of ['E1', 'E2', 'E3', 'E5'] as const) {
      const write = await w.call('PUT', `${conv(e)}/evaluation`, await w.as(e, { body: { rating: 4 } }));
      expect(write.status).toBe(200);
    }
    await refused({ status: 403, code: 'group_too_small' }, async () =>
      w.call('GET', `/api/hr/aggregates/evaluations?roundId=${roundId}`, await w.as('H')),
    );
  });
  it('21 a non-HR caller cannot read coverage, the CSV export or the audit list', async () => {
    for (const path of ['/api/hr/coverage', '/api/hr/coverage.csv', '/api/hr/audit']) {
      await refused({ status: 403, code: 'forbidden' }, async () => w.call('GET', path, await w.as('L1')));
    }
  });
  it('22 a leader cannot answer MUS-testen for another leader’s round, nor learn that it exists', () =>
    refused(
      { status: 404, code: 'not_found' },
      async () =>
        w.call(
          'PUT',
          `/api/rounds/${w.roundId}/mus-test`,
          await w.as('L2', { body: { answers: Array(20).fill(3) } }),
        ),
      readAs('L1', '/api/rounds'),
    ));
});

describe('input', () => {
  it('23 injection in query parameters is a 400, not a query', async () =>
    refused({ status: 400, code: 'validation_failed' }, async () =>
      w.call(
        'GET',
        `/api/hr/aggregates/evaluations?roundId=${encodeURIComponent("x' or fields/RoundId ne '")}`,
        await w.as('H'),
      ),
    ));
  it('24 injection in a path id is a 400', () =>
    refused({ status: 400, code: 'validation_failed' }, async () =>
      w.call('GET', `/api/conversations/${encodeURIComponent("1' or '1'='1")}`, await w.as('E1')),
    ));
  it('25 an oversized body is a 413 and changes nothing', () =>
    refused(
      { status: 413, code: 'payload_too_large' },
      async () =>
        w.call(
          'PUT',
          `${conv('E1')}/notes/${w.topicId}`,
          await w.as('E1', { raw: JSON.stringify({ text: 'x'.repeat(300_000) }) }),
        ),
      { employee: 'E1', part: 'notes' },
    ));
  it('26 a text over its limit is a 400 and changes nothing', async () => {
    const notes = await w.call('GET', `${conv('E1')}/notes`, await w.as('E1'));
    await refused(
      { status: 400, code: 'validation_failed' },
      async () =>
        w.call(
          'PUT',
          `${conv('E1')}/notes/${w.topicId}`,
          await w.as('E1', {
            body: { text: 'y'.repeat(20_001) },
            headers: { 'if-match': notes.body[0].etag },
          }),
        ),
      { employee: 'E1', part: 'notes' },
    );
  });
  it('27 a stale eTag is a 412 with the current version, and changes nothing', () =>
    refused(
      { status: 412, code: 'stale_record' },
      async () =>
        w.call(
          'PUT',
          `${conv('E1')}/notes/${w.topicId}`,
          await w.as('E1', { body: { text: 'z' }, headers: { 'if-match': '"stale"' } }),
        ),
      { employee: 'E1', part: 'notes' },
    ));
  it('28 a change without If-Match is a 428 and changes nothing', () =>
    refused(
      { status: 428, code: 'precondition_required' },
      async () =>
        w.call('PUT', `${conv('E1')}/notes/${w.topicId}`, await w.as('E1', { body: { text: 'z' } })),
      {
        employee: 'E1',
        part: 'notes',
      },
    ));
  it('29 a body that is not JSON is a 415', () =>
    refused({ status: 415, code: 'unsupported_media_type' }, async () =>
      w.call(
        'PUT',
        `${conv('E1')}/notes/${w.topicId}`,
        await w.as('E1', { raw: '<note>x</note>', headers: { 'content-type': 'application/xml' } }),
      ),
    ));
  it('30 a signed conclusion cannot be edited (409), and stays as signed', async () => {
    let c = await w.call('GET', `${conv('E2')}/conclusion`, await w.as('E2'));
    for (const who of ['E2', 'L1'] as const) {
      c = await w.call(
        'POST',
        `${conv('E2')}/conclusion/sign`,
        await w.as(who, { headers: { 'if-match': c.body.etag } }),
      );
    }
    await refused(
      { status: 409, code: 'conclusion_locked' },
      async () =>
        w.call(
          'PUT',
          `${conv('E2')}/conclusion`,
          await w.as('L1', {
            body: { summaries: { [w.topicId]: 'changed' } },
            headers: { 'if-match': c.body.etag },
          }),
        ),
      { employee: 'E2', part: 'conclusion' },
    );
  });
});
