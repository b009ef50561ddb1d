import { createRound } from '../../src/application/rounds/planRound';
import { defaultRoundDraft } from '../../src/application/rounds/roundDraft';
import {
  daysOfWeek,
  freeTimes,
  loadRound,
  moveConversation,
  placeInDay,
  proposeSchedule,
  scheduleView,
  shiftWeek,
  weekOf,
} from '../../src/application/rounds/roundSchedule';
import { LEADER, REPORTS, inMemoryMusService } from './support/inMemoryMusService';

const today = new Date('2026-03-02T08:00:00Z');
const ROUND_ID = '5e6f7a8b-3333-4b5e-9c59-0c3f1d2f9a10';

async function plannedRound() {
  const service = inMemoryMusService(today);
  const leader = service.as(LEADER.id);
  await createRound(leader, ROUND_ID, defaultRoundDraft(service.concept, REPORTS, today));
  return { service, leader };
}

describe('a round’s schedule', () => {
  it('proposes a time for everyone and names them, by time', async () => {
    const { leader } = await plannedRound();
    const proposal = await proposeSchedule(leader, ROUND_ID);
    if (!proposal.ok) throw new Error('refused');
    const view = scheduleView(proposal.value, REPORTS);
    expect(view.slots.map((s) => s.employeeName).sort()).toEqual(['Ida Holm', 'Ole Berg', 'Sara Lund']);
    expect(view.slots.map((s) => s.start)).toEqual([...view.slots.map((s) => s.start)].sort());
    expect(view.weeks).toEqual([weekOf(view.slots[0]!.start)]);
  });

  it('says who could not be placed and why', async () => {
    const { service, leader } = await plannedRound();
    service.cannotPlace(REPORTS[1]!.id, 'noCommonFreeTime');
    const proposal = await proposeSchedule(leader, ROUND_ID);
    if (!proposal.ok) throw new Error('refused');
    expect(scheduleView(proposal.value, REPORTS).unplaced).toEqual([
      { employeeName: 'Ole Berg', reason: 'noCommonFreeTime' },
    ]);
  });

  it('moves one conversation to a free time, and keeps the proposal when the time is not free', async () => {
    const { leader } = await plannedRound();
    const first = await proposeSchedule(leader, ROUND_ID);
    if (!first.ok) throw new Error('refused');
    const slot = first.value.slots[0]!;
    const times = await freeTimes(leader, ROUND_ID, slot.conversationId);
    if (!times.ok) throw new Error('refused');
    const moved = await moveConversation(leader, ROUND_ID, slot.conversationId, times.value[1]!.start);
    expect(moved.ok && moved.value.slots.find((s) => s.conversationId === slot.conversationId)?.start).toBe(
      times.value[1]!.start,
    );
    const taken = await moveConversation(leader, ROUND_ID, slot.conversationId, slot.start);
    expect(taken.ok === false && taken.failure.problem?.code).toBe('slot_not_free');
    const round = await loadRound(leader, ROUND_ID);
    expect(
      round.ok &&
        round.value.round.value.proposal?.slots.find((s) => s.conversationId === slot.conversationId)?.start,
    ).toBe(times.value[1]!.start);
  });

  it('lays weeks out Monday to Sunday and places a conversation within its day', () => {
    expect(weekOf('2026-03-05T10:00:00')).toBe('2026-03-02');
    expect(shiftWeek('2026-03-02', 1)).toBe('2026-03-09');
    expect(shiftWeek('2026-03-02', -1)).toBe('2026-02-23');
    expect(daysOfWeek('2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(placeInDay({ start: '2026-03-03T09:30:00', end: '2026-03-03T10:15:00' })).toEqual({
      top: 570,
      length: 45,
    });
  });
});
