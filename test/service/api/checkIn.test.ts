import { randomUUID } from 'node:crypto';
import { invitationOf } from '../../../src/service/jobs/meetings';
import { startHarness, type Harness } from './harness';

/**
 * The mid-year check-in ("MUS-opfølgning") is a round of one that names the conversation it follows up: only
 * the leader's own conversation with that employee; its invitation says it is a follow-up, in the employee's
 * language.
 */
let h: Harness;
const as = async (user: string) => ({ token: await h.token(user) });

beforeAll(async () => {
  h = await startHarness();
  h.directory.managers.set('emp-1', 'lead-1');
  h.directory.managers.set('emp-2', 'lead-1');
  h.directory.managers.set('emp-3', 'lead-2');
});
afterAll(() => h.close());

const round = async (leader: string, employeeIds: string[], followUpOf?: string) =>
  h.call('POST', '/api/rounds', {
    ...(await as(leader)),
    body: {
      roundId: randomUUID(),
      title: 'MUS-opfølgning',
      conceptId: 'flexible',
      employeeIds,
      ...(followUpOf ? { followUpOf } : {}),
    },
  });

describe('the check-in follows up a conversation', () => {
  it('is kept with the check-in’s conversation; another leader’s, another employee’s or a group is refused', async () => {
    const first = await round('lead-1', ['emp-1']);
    const followed: string = first.body.conversations[0].value.id;
    const checkIn = await round('lead-1', ['emp-1'], followed);
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.conversations[0].value.followUpOf).toBe(followed);

    const refusals = [
      await round('lead-1', ['emp-2'], followed),
      await round('lead-1', ['emp-1', 'emp-2'], followed),
      await round('lead-2', ['emp-3'], followed),
      await round('lead-1', ['emp-1'], randomUUID()),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array(4).fill([400, 'validation_failed']));
  });

  it('is no MUS round in HR’s overview: the conversation it follows up is counted once', async () => {
    h.directory.hr.add('hr-1');
    const first = await round('lead-2', ['emp-3']);
    const checkIn = await round('lead-2', ['emp-3'], first.body.conversations[0].value.id);
    expect(checkIn.status).toBe(201);
    const res = await h.call('GET', '/api/hr/overview', await as('hr-1'));
    expect(res.status).toBe(200);
    const ids = res.body.map((r: { roundId: string }) => r.roundId);
    expect(ids).toContain(first.body.conversations[0].value.roundId);
    expect(ids).not.toContain(checkIn.body.conversations[0].value.roundId);
  });

  it('its invitation says MUS-opfølgning (Danish) or follow-up (English); a talk’s says MUS-samtale', () => {
    const app = { teamsAppId: 'app', tabUrl: 'https://mus.example/tab' };
    const input = {
      conversationId: 'c-1',
      employee: { id: 'emp-1', address: 'ida@example.dk', name: 'Ida Holm' },
      leaderName: 'Hanne',
      topics: ['MUS-opfølgning: Lære at lede møder'],
    };
    expect(invitationOf(app, { ...input, language: 'da', followUp: true }).subject).toBe(
      'MUS-opfølgning: Ida Holm og Hanne',
    );
    expect(invitationOf(app, { ...input, language: 'en', followUp: true }).subject).toBe(
      'Development conversation follow-up (MUS): Ida Holm and Hanne',
    );
    expect(invitationOf(app, { ...input, language: 'da' }).subject).toBe('MUS-samtale: Ida Holm og Hanne');
  });
});
