import { act, renderHook } from '@testing-library/react';
import { MeetingLive } from '../../src/application/live/meetingLive';
import { SAVE_TIMING, type SaveTiming } from '../../src/application/meeting/coalescedSaves';
import type { MeetingLiveFactory } from '../../src/application/meeting/live';
import type { MeetingSnapshot } from '../../src/application/meeting/meetingForm';
import { openMeeting, type MeetingPorts } from '../../src/application/meeting/openMeeting';
import { useMeetingForm } from '../../src/ui/components/MeetingForm/useMeetingForm';
import { FakeLiveHub, MemoryDraft } from '../application/live/fakeLive';
import { CHAT_ID, IDA, inMemoryMeeting, LEADER } from './support/inMemoryMeeting';

type Meeting = Awaited<ReturnType<typeof inMemoryMeeting>>;

/** One person's ports, with every note write the service answered (its status: 200 or 412). */
function counted(meeting: Meeting, who: string) {
  const ports = meeting.as(who);
  const writes: { topicId: string; text: string; status: number }[] = [];
  const meetingApi = {
    ...ports.meetingApi,
    writeNote: async (...args: Parameters<MeetingPorts['meetingApi']['writeNote']>) => {
      const result = await ports.meetingApi.writeNote(...args);
      writes.push({ topicId: args[2], text: args[4], status: result.ok ? 200 : (result.status ?? 0) });
      return result;
    },
  };
  return { ports: { ...ports, meetingApi }, writes };
}

async function snapshotOf(ports: MeetingPorts, who: string): Promise<MeetingSnapshot> {
  const opened = await openMeeting(ports, CHAT_ID, who);
  if (!opened.ok) throw new Error('no meeting');
  return opened.value;
}

const advance = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));
const recordText = (meeting: Meeting, topicId: string) =>
  meeting.notes.get(`${meeting.conversationId}:${topicId}`)?.value.text;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe.each([
  ['the product’s timing', SAVE_TIMING],
  ['a save at most every 5 s', { pauseMs: 1500, intervalMs: 5000 }],
] as [string, SaveTiming][])('one coalesced saver per conversation (%s)', (_, timing) => {
  it('types 10 s without a pause in two topics: at most ⌈10/N⌉+1 saves, and the record holds all', async () => {
    const meeting = await inMemoryMeeting();
    const { ports, writes } = counted(meeting, LEADER.id);
    const snapshot = await snapshotOf(ports, LEADER.id);
    const [first, second] = snapshot.topics.map((t) => t.id);
    const { result } = renderHook(() => useMeetingForm({ ports, snapshot, saveTiming: timing }));
    let typed = '';
    for (const [topicId, from] of [
      [first!, 0],
      [second!, 5000],
    ] as const) {
      if (from > 0) act(() => result.current.flush()); // the topic changes
      typed = '';
      for (let ms = 0; ms < 5000; ms += 100) {
        typed += 'a';
        act(() => result.current.changeNote(topicId, typed));
        await advance(100);
      }
    }
    await advance(timing.pauseMs); // a pause after the last keystroke
    await advance(timing.intervalMs); // at the latest
    const bound = Math.ceil(10_000 / timing.intervalMs) + 1;
    expect(writes.length).toBeLessThanOrEqual(bound);
    expect(writes.every((w) => w.status === 200)).toBe(true);
    expect(recordText(meeting, first!)).toBe('a'.repeat(50));
    expect(recordText(meeting, second!)).toBe('a'.repeat(50));
    expect(result.current.notes[second!]?.status).toBe('saved');
  });

  it('saves what is typed at once when the panel is hidden, and on a topic change', async () => {
    const meeting = await inMemoryMeeting();
    const { ports, writes } = counted(meeting, IDA.id);
    const snapshot = await snapshotOf(ports, IDA.id);
    const [first, second] = snapshot.topics.map((t) => t.id);
    const { result } = renderHook(() => useMeetingForm({ ports, snapshot, saveTiming: timing }));
    act(() => result.current.changeNote(first!, 'Travlt om mandagen'));
    act(() => result.current.changePrivateNote(first!, 'Spørg til ferien'));
    act(() => result.current.flush()); // the topic changes
    await advance(0);
    expect(recordText(meeting, first!)).toBe('Travlt om mandagen');
    expect([...meeting.privates.values()].map((p) => p.text)).toEqual(['Spørg til ferien']);
    act(() => result.current.changeNote(second!, 'Power BI'));
    act(() => document.dispatchEvent(new Event('visibilitychange'))); // Teams hides the panel
    await advance(0);
    expect(recordText(meeting, second!)).toBe('Power BI');
    expect(writes.map((w) => w.text)).toEqual(['Travlt om mandagen', 'Power BI']);
  });
});

describe('the live layer and the record', () => {
  function liveMeeting(meeting: Meeting) {
    const hub = new FakeLiveHub();
    const open =
      (who: string): MeetingLiveFactory =>
      async (conversationId) => {
        const live = new MeetingLive(
          conversationId,
          { join: async () => ({ ok: true, session: hub.join(who) }) },
          new MemoryDraft(),
        );
        await live.joined;
        return live;
      };
    return async (who: string) => {
      const { ports, writes } = counted(meeting, who);
      const snapshot = await snapshotOf(ports, who);
      const live = open(who);
      const hook = renderHook(() => useMeetingForm({ ports, snapshot, live }));
      await advance(0);
      return { form: () => hook.result.current, writes, topics: snapshot.topics.map((t) => t.id) };
    };
  }

  it('a note heard live brings its save’s eTag: typing on top of it saves with no 412', async () => {
    const meeting = await inMemoryMeeting();
    const open = liveMeeting(meeting);
    const leader = await open(LEADER.id);
    const ida = await open(IDA.id);
    const topic = leader.topics[0]!;
    act(() => leader.form().changeNote(topic, 'Lederen skriver'));
    expect(ida.form().notes[topic]?.text).toBe('Lederen skriver');
    await advance(SAVE_TIMING.pauseMs);
    expect(recordText(meeting, topic)).toBe('Lederen skriver');
    expect(ida.form().notes[topic]?.status).toBe('saved');
    act(() => ida.form().changeNote(topic, 'Lederen skriver, og Ida svarer'));
    expect(leader.form().notes[topic]?.text).toBe('Lederen skriver, og Ida svarer');
    await advance(SAVE_TIMING.pauseMs);
    act(() => leader.form().changeNote(topic, 'Lederen skriver, og Ida svarer. Aftalt.'));
    await advance(SAVE_TIMING.intervalMs);
    expect(recordText(meeting, topic)).toBe('Lederen skriver, og Ida svarer. Aftalt.');
    expect([...leader.writes, ...ida.writes].map((w) => w.status)).toEqual([200, 200, 200]);
    expect(leader.form().notes[topic]?.conflict).toBeUndefined();
  });

  it('a goal’s text travels live while it is written; only the service makes it a goal', async () => {
    const meeting = await inMemoryMeeting();
    const open = liveMeeting(meeting);
    const leader = await open(LEADER.id);
    const ida = await open(IDA.id);
    act(() => ida.form().draftGoal('new', { goal: 'Lære Power BI', activities: 'Kursus\nSidemand' }));
    expect(leader.form().goalDrafts.new).toEqual({ goal: 'Lære Power BI', activities: 'Kursus\nSidemand' });
    expect(ida.form().goalDrafts.new).toBeUndefined();
    expect(meeting.goals.size).toBe(0);
    await act(() =>
      ida.form().addGoal({
        goal: 'Lære Power BI',
        activities: 'Kursus',
        deadline: '2027-06-30',
        responsible: 'both',
      }),
    );
    await advance(0);
    expect(leader.form().goalDrafts.new).toBeUndefined();
    const goal = leader.form().goals[0]!;
    expect(goal.value.goal).toBe('Lære Power BI');
    act(() => leader.form().draftGoal(goal.value.id, { goal: 'Lære Power BI og DAX', activities: 'Kursus' }));
    expect(ida.form().goalDrafts[goal.value.id]?.goal).toBe('Lære Power BI og DAX');
    expect(goal.value.agreement).toEqual({ leader: null, employee: null });
  });
});
