/**
 * Whom the booking job tells of a group conversation's meeting (GRUS): every member once, also when some
 * notifications failed and the job tells the rest again.
 */
import { recipientsOf, toldOf, withoutToldMembers } from '../../../src/service/jobs/groupNotify';

const slot = { conversationId: 'grus-1', employeeId: 'rep' };
const group = { groupMemberIds: ['rep', 'mia', 'max', 'mo'] } as never;

describe('whom the booking job tells of a meeting', () => {
  it('tells the employee of a conversation of two, and every member of a group, once each', () => {
    expect(recipientsOf(slot, { groupMemberIds: [] } as never, new Set()).map((r) => r.employeeId)).toEqual([
      'rep',
    ]);
    expect(recipientsOf(slot, group, new Set()).map((r) => r.employeeId)).toEqual([
      'rep',
      'mia',
      'max',
      'mo',
    ]);
  });

  it('after a failed notification tells only the members not told yet, then lists the group as told', () => {
    const first = recipientsOf(slot, group, new Set());
    const sent = new Set(['grus-1:rep', 'grus-1:mia']);
    const told = toldOf('grus-1', first, (key) => sent.has(key));
    expect(told).toEqual(['grus-1:rep', 'grus-1:mia']);
    const again = recipientsOf(slot, group, new Set(told));
    expect(again.map((r) => r.employeeId)).toEqual(['max', 'mo']);
    const all = toldOf('grus-1', again, () => true);
    expect(all).toEqual(['grus-1']);
    expect(withoutToldMembers(['other', ...told, ...all])).toEqual(['other', 'grus-1']);
  });
});
