import { applyConversationEvent } from '../../src/domain/conversation';
import { conversationId, personId } from '../../src/domain/ids';
import {
  addEmployee,
  createRound,
  planRoundConversations,
  roundCoverage,
  RoundSchema,
  type Round,
} from '../../src/domain/round';
import { at, concept, employee, leader, rId } from './fixtures';

const anna = personId('employee-anna');
const make = () =>
  createRound({
    id: rId,
    leaderId: leader,
    conceptId: concept.id,
    year: 2025,
    title: ' MUS 2025 ',
    window: { start: '2025-03-01', end: '2025-04-30' },
    employeeIds: [employee, anna],
    at: at(),
  });

describe('a round', () => {
  it('plans a conversation per employee and counts how far the round has come', () => {
    const round = make();
    expect(round.title).toBe('MUS 2025');
    expect(RoundSchema.parse(JSON.parse(JSON.stringify(round)))).toEqual(round);
    const conversations = planRoundConversations(round, (e) => conversationId(`conv-${e}`), at(1));
    expect(conversations.map((c) => [c.id, c.employeeId, c.status])).toEqual([
      ['conv-employee-emil', employee, 'planned'],
      ['conv-employee-anna', anna, 'planned'],
    ]);
    const booked = applyConversationEvent(
      conversations[0]!,
      { type: 'book', slot: { start: '2025-03-10T09:00:00Z', end: '2025-03-10T10:00:00Z' } },
      at(2),
    );
    const coverage = roundCoverage(round, [booked]);
    expect(coverage).toMatchObject({ employees: 2, concluded: 0, share: 0, missing: [anna] });
    expect(coverage.byStatus.booked).toBe(1);
  });

  it('refuses a bad window, an empty title, duplicates and the leader as employee', () => {
    const input = {
      id: rId,
      leaderId: leader,
      conceptId: concept.id,
      year: 2025,
      title: 'MUS',
      employeeIds: [],
      at: at(),
    };
    expect(() => createRound({ ...input, window: { start: '2025-05-01', end: '2025-04-01' } })).toThrow(
      expect.objectContaining({ code: 'round.invalidWindow' }),
    );
    expect(() => createRound({ ...input, window: { start: 'marts', end: '2025-04-01' } })).toThrow(
      expect.objectContaining({ code: 'round.invalidWindow' }),
    );
    expect(() =>
      createRound({ ...input, title: ' ', window: { start: '2025-03-01', end: '2025-04-01' } }),
    ).toThrow(expect.objectContaining({ code: 'round.invalidTitle' }));
    expect(() => addEmployee(make(), anna)).toThrow(
      expect.objectContaining({ code: 'round.duplicateEmployee' }),
    );
    expect(() => addEmployee(make(), leader)).toThrow(
      expect.objectContaining({ code: 'round.duplicateEmployee' }),
    );
  });

  it('changes nothing once stored as closed', () => {
    const closed: Round = { ...make(), status: 'closed', closedAt: at(100).toISOString() };
    const isClosed = expect.objectContaining({ code: 'round.closed' });
    expect(() => addEmployee(closed, personId('new'))).toThrow(isClosed);
    expect(() => planRoundConversations(closed, (e) => conversationId(e), at(101))).toThrow(isClosed);
    expect(roundCoverage({ ...closed, employeeIds: [] }, []).share).toBe(0);
  });
});
