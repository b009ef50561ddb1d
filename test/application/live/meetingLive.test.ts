import { MeetingLive } from '../../../src/application/live/meetingLive';
import type { SharedChange } from '../../../src/application/meeting/live';
import type { LivePort } from '../../../src/application/ports/LivePort';
import { FakeLiveHub, MemoryDraft, type FakeSession } from './fakeLive';

const note = (topicId: string, text: string): SharedChange => ({ field: { kind: 'note', topicId }, text });

function meeting() {
  const hub = new FakeLiveHub();
  const drafts = { leader: new MemoryDraft(), employee: new MemoryDraft() };
  const open = async (who: 'leader' | 'employee', onOpen?: (panel: MeetingLive) => void) => {
    let session!: FakeSession;
    const live: LivePort = { join: async () => ({ ok: true, session: (session = hub.join(who)) }) };
    const panel = new MeetingLive('c1', live, drafts[who]);
    const heard: SharedChange[] = [];
    panel.subscribe((change) => heard.push(change));
    onOpen?.(panel);
    await panel.joined;
    return {
      panel,
      heard,
      session,
      last: (topicId: string) =>
        heard.filter((c) => c.field.kind === 'note' && c.field.topicId === topicId).at(-1)?.text,
    };
  };
  return { hub, drafts, open };
}

describe('the meeting’s live layer', () => {
  it('carries each party’s typing of a shared note to the other, and "goals changed"', async () => {
    const { open } = meeting();
    const leader = await open('leader');
    const employee = await open('employee');
    leader.panel.publish(note('t1', 'Trivsel'));
    employee.panel.publish(note('t2', 'Power BI'));
    leader.panel.publish({ field: { kind: 'goals' } });
    expect(employee.last('t1')).toBe('Trivsel');
    expect(leader.last('t2')).toBe('Power BI');
    expect(employee.heard.at(-1)).toEqual({ field: { kind: 'goals' } });
  });

  it('sends what the employee typed offline when back, and brings what the leader typed meanwhile', async () => {
    const { open } = meeting();
    const leader = await open('leader');
    const employee = await open('employee');
    employee.session.setConnected(false);
    employee.panel.publish(note('t2', 'Skrevet offline'));
    leader.panel.publish(note('t1', 'Imens skrevet af lederen'));
    expect(leader.last('t2')).toBeUndefined();
    employee.session.setConnected(true);
    expect(leader.last('t2')).toBe('Skrevet offline');
    expect(employee.last('t1')).toBe('Imens skrevet af lederen');
  });

  it('offers a draft back after a reload and shares it; a note both changed apart is not sent live', async () => {
    const { open, hub } = meeting();
    const leader = await open('leader');
    const first = await open('employee');
    first.session.setConnected(false);
    first.panel.publish(note('t1', 'Medarbejderens tekst'));
    first.panel.publish(note('t2', 'Kun medarbejderen'));
    first.panel.close();
    leader.panel.publish(note('t1', 'Lederens tekst'));

    let offered: Record<string, string> = {};
    const again = await open('employee', (panel) => (offered = panel.drafted()));
    expect(offered).toEqual({ t1: 'Medarbejderens tekst', t2: 'Kun medarbejderen' });
    expect(leader.last('t2')).toBe('Kun medarbejderen');
    // Both wrote t1 apart: the leader's stays live; the employee's draft stays for the form to save (412: both shown).
    expect(hub.map.get('note:t1')?.text).toBe('Lederens tekst');
    expect(again.panel.drafted()).toEqual({ t1: 'Medarbejderens tekst' });
    expect([...hub.map.keys()].every((key) => /^(note:t\d|goals)$/.test(key))).toBe(true);
  });
});
