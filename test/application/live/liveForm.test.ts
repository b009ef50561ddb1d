import { LiveForm } from '../../../src/application/live/liveForm';
import { bothTexts, reconcile } from '../../../src/application/live/reconcile';
import { sharedFieldsOf } from '../../../src/application/live/sharedFields';
import { FakeLiveHub, MemoryDraft } from './fakeLive';

const text = (form: LiveForm, key: string) => form.snapshot().fields[key]?.text;

function meeting(record: Record<string, string> = {}) {
  const hub = new FakeLiveHub();
  const drafts = { leader: new MemoryDraft(), employee: new MemoryDraft() };
  const open = (who: 'leader' | 'employee', live = true) => {
    const form = new LiveForm('c1', drafts[who], record);
    const session = hub.join(who);
    if (live) form.attach(session);
    return { form, session };
  };
  return { hub, drafts, open };
}

describe('reconcile', () => {
  it('lets the only side that changed win, and calls a change by both a conflict', () => {
    expect(reconcile('a', 'a', 'a')).toEqual({ kind: 'same', text: 'a' });
    expect(reconcile('a', 'ab', 'a')).toEqual({ kind: 'mine', text: 'ab' });
    expect(reconcile('a', 'a', 'ac')).toEqual({ kind: 'theirs', text: 'ac' });
    expect(reconcile('a', 'ab', 'ab')).toEqual({ kind: 'same', text: 'ab' });
    expect(reconcile('a', 'ab', 'ac')).toEqual({ kind: 'conflict', mine: 'ab', theirs: 'ac' });
    expect(bothTexts('Mit forslag', 'Dit forslag')).toBe('Mit forslag\n\nDit forslag');
    expect(bothTexts('Kursus i Excel', 'Kursus')).toBe('Kursus i Excel');
  });
});

describe('the live form', () => {
  it('shows each party the other’s typing in another topic', () => {
    const { open } = meeting({ 'note:t1': '', 'note:t2': '' });
    const leader = open('leader');
    const employee = open('employee');
    leader.form.edit('note:t1', 'Trivsel er god');
    employee.form.edit('note:t2', 'Vil gerne lære Power BI');
    expect(text(employee.form, 'note:t1')).toBe('Trivsel er god');
    expect(text(leader.form, 'note:t2')).toBe('Vil gerne lære Power BI');
    expect(leader.form.snapshot().live).toBe('connected');
  });

  it('keeps what the employee typed offline and sends it when back, beside the leader’s typing', () => {
    const { open } = meeting({ 'note:t1': 'Start', 'note:t2': '' });
    const leader = open('leader');
    const employee = open('employee');
    employee.session.setConnected(false);
    expect(employee.form.snapshot().live).toBe('offline');
    employee.form.edit('note:t2', 'Skrevet offline');
    leader.form.edit('note:t1', 'Start, og mere');
    expect(text(leader.form, 'note:t2')).toBe('');
    employee.session.setConnected(true);
    expect(text(leader.form, 'note:t2')).toBe('Skrevet offline');
    expect(text(employee.form, 'note:t1')).toBe('Start, og mere');
    expect(employee.form.snapshot().fields['note:t2']?.conflict).toBeNull();
  });

  it('shows a conflict with both texts when both changed the same field apart, and shares the resolution', () => {
    const { open } = meeting({ 'note:t1': 'Fælles' });
    const leader = open('leader');
    const employee = open('employee');
    employee.session.setConnected(false);
    employee.form.edit('note:t1', 'Fælles – medarbejderens tilføjelse');
    leader.form.edit('note:t1', 'Fælles – lederens tilføjelse');
    employee.session.setConnected(true);
    const conflict = employee.form.snapshot().fields['note:t1']?.conflict;
    expect(conflict).toEqual({
      mine: 'Fælles – medarbejderens tilføjelse',
      theirs: 'Fælles – lederens tilføjelse',
    });
    // Until resolved, the leader's text is not overwritten.
    expect(text(leader.form, 'note:t1')).toBe('Fælles – lederens tilføjelse');
    employee.form.resolve('note:t1', bothTexts(conflict!.mine, conflict!.theirs));
    expect(text(leader.form, 'note:t1')).toBe(
      'Fælles – medarbejderens tilføjelse\n\nFælles – lederens tilføjelse',
    );
    expect(employee.form.snapshot().fields['note:t1']?.conflict).toBeNull();
  });

  it('keeps a draft through a closed panel and a reload, and a conflict stays a conflict after a reload', () => {
    const { open, hub } = meeting({ 'note:t1': 'A' });
    const leader = open('leader');
    const first = open('employee');
    first.session.setConnected(false);
    first.form.edit('note:t1', 'A og B');
    first.form.dispose();
    const reopened = open('employee', false);
    expect(text(reopened.form, 'note:t1')).toBe('A og B');
    leader.form.edit('note:t1', 'A og C');
    reopened.form.attach(hub.join('employee'));
    expect(reopened.form.snapshot().fields['note:t1']?.conflict).toEqual({
      mine: 'A og B',
      theirs: 'A og C',
    });
    reopened.form.dispose();
    const again = open('employee');
    expect(again.form.snapshot().fields['note:t1']?.conflict).toEqual({ mine: 'A og B', theirs: 'A og C' });
  });

  it('sends an offline draft when reopened with nothing newer in the live map', () => {
    const { open, hub } = meeting({ 'note:t1': '' });
    const leader = open('leader');
    const first = open('employee');
    first.session.setConnected(false);
    first.form.edit('note:t1', 'Kun min tekst');
    first.form.dispose();
    const reopened = open('employee');
    expect(hub.map.get('note:t1')).toEqual({ text: 'Kun min tekst', by: 'employee' });
    expect(text(leader.form, 'note:t1')).toBe('Kun min tekst');
    expect(reopened.form.unsaved()).toEqual([{ key: 'note:t1', text: 'Kun min tekst' }]);
    expect(leader.form.unsaved()).toEqual([]);
  });

  it('carries shared notes and goals only: never a private note or a preparation', () => {
    const record = {
      notes: [{ topicId: 't1', text: 'Delt note' }],
      goals: [{ id: 'g1', goal: 'Lære Power BI', activities: ['Kursus', 'Sidemandsoplæring'] }],
      privateNotes: [{ topicId: 't1', text: 'Kun til mig' }],
      preparation: { answers: { t1: 'Ikke afleveret' } },
    };
    const fields = sharedFieldsOf(record);
    expect(fields).toEqual({
      'note:t1': 'Delt note',
      'goal:g1:goal': 'Lære Power BI',
      'goal:g1:activities': 'Kursus\nSidemandsoplæring',
    });
    const { open, hub } = meeting(fields);
    const leader = open('leader');
    leader.form.edit('note:t1', 'Delt note, rettet');
    expect(() => leader.form.edit('private:t1', 'Kun til mig')).toThrow('Not a shared field');
    expect(() => leader.form.edit('preparation:t1', 'Ikke afleveret')).toThrow('Not a shared field');
    expect([...hub.map.keys()]).toEqual(['note:t1']);
    expect(JSON.stringify([...hub.map.values()])).not.toMatch(/Kun til mig|Ikke afleveret/);
  });
});
