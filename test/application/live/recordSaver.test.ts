import { LiveForm } from '../../../src/application/live/liveForm';
import { RecordSaver, type RecordWriter } from '../../../src/application/live/recordSaver';
import { FakeLiveHub, MemoryDraft } from './fakeLive';

/** The record as the service keeps it: one text per field with a version, 412 on a stale one. */
class FakeRecord implements RecordWriter {
  readonly texts = new Map<string, { text: string; version: number }>();
  readonly known = new Map<string, number>();
  writes: { key: string; text: string }[] = [];
  constructor(initial: Record<string, string>) {
    for (const [key, text] of Object.entries(initial)) {
      this.texts.set(key, { text, version: 1 });
      this.known.set(key, 1);
    }
  }
  /** Someone else's save, which this client has not seen. */
  saveBehindTheBack(key: string, text: string) {
    const now = this.texts.get(key)?.version ?? 0;
    this.texts.set(key, { text, version: now + 1 });
  }
  async write(key: string, text: string) {
    const now = this.texts.get(key) ?? { text: '', version: 0 };
    if ((this.known.get(key) ?? 0) !== now.version) {
      this.known.set(key, now.version);
      return { kind: 'stale' as const, current: now.text };
    }
    this.writes.push({ key, text });
    this.texts.set(key, { text, version: now.version + 1 });
    this.known.set(key, now.version + 1);
    return { kind: 'saved' as const };
  }
}

const timing = { pauseMs: 1500, maxDelayMs: 5000 };

function setUp(initial: Record<string, string>) {
  const hub = new FakeLiveHub();
  const record = new FakeRecord(initial);
  const forms = (['leader', 'employee'] as const).map((who) => {
    const form = new LiveForm('c1', new MemoryDraft(), initial);
    form.attach(hub.join(who));
    const saver = new RecordSaver(form, record, initial, timing);
    return { form, saver, type: (key: string, text: string) => (form.edit(key, text), saver.changed()) };
  });
  return { record, leader: forms[0]!, employee: forms[1]! };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('saving the record', () => {
  it('saves once after a pause, each party only what they wrote', async () => {
    const { record, leader, employee } = setUp({ 'note:t1': '', 'note:t2': '' });
    for (const text of ['T', 'Tr', 'Tri', 'Triv', 'Trivsel']) leader.type('note:t1', text);
    employee.type('note:t2', 'Power BI');
    await jest.advanceTimersByTimeAsync(1000);
    expect(record.writes).toEqual([]);
    await jest.advanceTimersByTimeAsync(600);
    await Promise.all([leader.saver.flush(), employee.saver.flush()]);
    expect(record.writes).toEqual([
      { key: 'note:t1', text: 'Trivsel' },
      { key: 'note:t2', text: 'Power BI' },
    ]);
  });

  it('saves at most every few seconds while someone types without a pause', async () => {
    const { record, leader } = setUp({ 'note:t1': '' });
    let text = '';
    for (let ms = 0; ms < 11_000; ms += 500) {
      text += 'a';
      leader.type('note:t1', text);
      await jest.advanceTimersByTimeAsync(500);
    }
    expect(record.writes.length).toBeGreaterThanOrEqual(2);
    expect(record.writes.length).toBeLessThanOrEqual(3);
  });

  it('retries a 412 after merging when the newer record holds the text this client started from', async () => {
    const { record, leader } = setUp({ 'note:t1': 'Start' });
    record.saveBehindTheBack('note:t1', 'Start');
    leader.type('note:t1', 'Start og slut');
    await leader.saver.flush();
    expect(record.texts.get('note:t1')?.text).toBe('Start og slut');
  });

  it('shows a conflict instead of overwriting when the record got another text meanwhile', async () => {
    const { record, leader } = setUp({ 'note:t1': 'Start' });
    record.saveBehindTheBack('note:t1', 'Start, skrevet i en anden fane');
    leader.type('note:t1', 'Start, skrevet i mødet');
    await leader.saver.flush();
    expect(record.texts.get('note:t1')?.text).toBe('Start, skrevet i en anden fane');
    expect(leader.form.snapshot().fields['note:t1']?.conflict).toEqual({
      mine: 'Start, skrevet i mødet',
      theirs: 'Start, skrevet i en anden fane',
    });
    leader.form.resolve('note:t1', 'Start, skrevet i mødet og i en anden fane');
    await leader.saver.flush();
    expect(record.texts.get('note:t1')?.text).toBe('Start, skrevet i mødet og i en anden fane');
  });
});
