import {
  groupDraftProblem,
  groupStanding,
  myGroups,
  type GroupDraft,
} from '../../src/application/group/groups';
import type { VersionedConversation } from '../../src/application/ports/MusApiPort';
import { roundConversationOf } from '../../src/application/rounds/roundStatus';

const now = new Date('2026-03-02T08:00:00Z');
const five = ['a', 'b', 'c', 'd', 'e'];
const draft = (change: Partial<GroupDraft> = {}): GroupDraft => ({
  memberIds: five,
  representativeId: 'a',
  start: '2026-03-04T10:00',
  ...change,
});

const aGroup = (id: string, status: string, members: string[], start?: string) =>
  ({
    etag: 'e',
    value: {
      id,
      leaderId: 'hanne',
      employeeId: members[0] ?? 'x',
      groupMemberIds: members,
      status,
      slot: start ? { start, end: start } : null,
      preparedAt: { leader: null, employee: null },
      agenda: { items: [], agreement: { leader: null, employee: null } },
    },
  }) as unknown as VersionedConversation;

describe('a new group (GRUS) before it is sent', () => {
  it('needs 4 to 6 members, a representative among them and a start ahead', () => {
    expect(groupDraftProblem(draft(), now)).toBeUndefined();
    expect(groupDraftProblem(draft({ memberIds: five.slice(0, 3) }), now)).toBe('tooFew');
    expect(groupDraftProblem(draft({ memberIds: [...five, 'f', 'g'] }), now)).toBe('tooMany');
    expect(groupDraftProblem(draft({ representativeId: 'z' }), now)).toBe('noRepresentative');
    expect(groupDraftProblem(draft({ representativeId: undefined }), now)).toBe('noRepresentative');
    expect(groupDraftProblem(draft({ start: '' }), now)).toBe('noStart');
    expect(groupDraftProblem(draft({ start: '2026-03-01T10:00' }), now)).toBe('startPassed');
  });
});

describe('my group conversations', () => {
  it('are those I am a member of and that are not over, soonest first', () => {
    const later = aGroup('later', 'booked', ['ida', 'b', 'c', 'd'], '2026-03-09T09:00:00Z');
    const soon = aGroup('soon', 'agendaAgreed', ['a', 'ida', 'c', 'd'], '2026-03-04T09:00:00Z');
    const over = aGroup('over', 'concluded', ['ida', 'b', 'c', 'd'], '2026-03-01T09:00:00Z');
    const others = aGroup('others', 'booked', ['a', 'b', 'c', 'd'], '2026-03-03T09:00:00Z');
    const single = aGroup('single', 'booked', [], '2026-03-03T09:00:00Z');
    expect(myGroups([later, over, others, soon, single], 'ida').map((g) => g.value.id)).toEqual([
      'soon',
      'later',
    ]);
  });

  it('tell the leader, the representative (who signs) and a member apart; a MUS of two is none', () => {
    const group = aGroup('g', 'booked', ['rep', 'b', 'c', 'd']).value;
    expect(groupStanding(group, 'hanne')).toBe('leader');
    expect(groupStanding(group, 'rep')).toBe('representative');
    expect(groupStanding(group, 'c')).toBe('member');
    expect(groupStanding(aGroup('one', 'booked', []).value, 'rep')).toBeUndefined();
  });
});

describe('a group conversation in the round planner', () => {
  it('is named by its members, the representative first', () => {
    const people = ['Ida', 'Bo', 'Carl', 'Dina'].map((name) => ({
      id: name.toLowerCase(),
      displayName: name,
    }));
    const row = roundConversationOf(aGroup('g', 'booked', ['bo', 'ida', 'carl', 'dina']), people);
    expect(row.employeeName).toBe('GRUS: Bo, Ida, Carl, Dina');
    expect(roundConversationOf(aGroup('one', 'booked', ['ida']), people).employeeName).toBe('GRUS: Ida');
  });
});
