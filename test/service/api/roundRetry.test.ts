import { randomUUID } from 'node:crypto';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import type { RecordStore } from '../../../src/service/records/recordStore';
import { startHarness, type Harness } from './harness';

/**
 * A leader books a round of many conversations; the connection to SharePoint may drop half-way. Sending
 * the same request again (same round id) must finish the round: nothing lost, nothing twice.
 */
let h: Harness;
let failConversationCreates = 0;
const employees = ['emp-1', 'emp-2', 'emp-3', 'emp-4', 'emp-5'];

/** The real in-memory store, with a switch that drops the next conversation writes. */
function flakyStore(): RecordStore {
  const store = createMemoryRecordStore();
  return {
    ...store,
    get: (...a) => store.get(...a),
    find: (...a) => store.find(...a),
    all: (...a) => store.all(...a),
    replace: (...a) => store.replace(...a),
    create: async (kind, key, value, index) => {
      if (kind === 'conversation' && failConversationCreates > 0) {
        failConversationCreates -= 1;
        throw new Error('connection reset by SharePoint');
      }
      return store.create(kind, key, value, index);
    },
  };
}

beforeAll(async () => {
  h = await startHarness({ records: flakyStore() });
  for (const e of employees) h.directory.managers.set(e, 'lead-1');
  h.directory.managers.set('emp-9', 'lead-2');
});
afterAll(() => h.close());

const book = async (who: string, roundId: string, employeeIds = employees) =>
  h.call('POST', '/api/rounds', {
    token: await h.token(who),
    body: { roundId, title: 'MUS 2027', conceptId: 'flexible', employeeIds },
  });

async function conversationsOf(leader: string, roundId: string): Promise<string[]> {
  const res = await h.call('GET', '/api/conversations', { token: await h.token(leader) });
  expect(res.status).toBe(200);
  return (res.body as { value: { roundId: string; employeeId: string } }[])
    .filter((c) => c.value.roundId === roundId)
    .map((c) => c.value.employeeId)
    .sort();
}

describe('booking a round survives a failure half-way', () => {
  it('a retry with the same round id creates the missing conversations and no duplicates', async () => {
    const roundId = randomUUID();
    await book('lead-1', roundId, employees.slice(0, 2)); // warm: two are made
    failConversationCreates = 1;
    const failed = await book('lead-1', roundId);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    // Some conversations were made before the connection dropped: none twice, and one is missing.
    const halfway = await conversationsOf('lead-1', roundId);
    expect(new Set(halfway).size).toBe(halfway.length);
    expect(halfway.length).toBeLessThan(employees.length);
    expect(employees).toEqual(expect.arrayContaining(halfway));

    const retried = await book('lead-1', roundId);
    expect(retried.status).toBe(201);
    expect(retried.body.round.value.id).toBe(roundId);
    expect(retried.body.conversations).toHaveLength(5);
    expect(await conversationsOf('lead-1', roundId)).toEqual(employees);

    const again = await book('lead-1', roundId);
    expect(again.status).toBe(201);
    expect(await conversationsOf('lead-1', roundId)).toEqual(employees);
    const rounds = await h.call('GET', '/api/rounds', { token: await h.token('lead-1') });
    expect(rounds.body.filter((r: { value: { id: string } }) => r.value.id === roundId)).toHaveLength(1);
  });

  it("refuses another leader's round id and changes nothing in it", async () => {
    const roundId = randomUUID();
    expect((await book('lead-1', roundId, ['emp-1'])).status).toBe(201);
    const res = await book('lead-2', roundId, ['emp-9']);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('already_exists');
    expect(await conversationsOf('lead-1', roundId)).toEqual(['emp-1']);
    expect(await conversationsOf('lead-2', roundId)).toEqual([]);
  });
});
