import { openLiveForm } from '../../../src/application/live/openLiveForm';
import type { LivePort } from '../../../src/application/ports/LivePort';
import { FakeLiveHub, MemoryDraft } from './fakeLive';

const record = { 'note:t1': 'Start' };
const writer = () => {
  const writes: { key: string; text: string }[] = [];
  return {
    writes,
    write: async (key: string, text: string) => (writes.push({ key, text }), { kind: 'saved' as const }),
  };
};

describe('opening a side panel’s live form', () => {
  it('shows the record at once, joins the live map, and saves on close what the caller wrote', async () => {
    const hub = new FakeLiveHub();
    const live: LivePort = { join: async () => ({ ok: true, session: hub.join('leader') }) };
    const saved = writer();
    const panel = openLiveForm({
      conversationId: 'c1',
      record,
      live,
      draft: new MemoryDraft(),
      writer: saved,
    });
    expect(panel.form.snapshot()).toEqual({
      live: 'connecting',
      fields: { 'note:t1': { text: 'Start', conflict: null } },
    });
    await Promise.resolve();
    expect(panel.form.snapshot().live).toBe('connected');
    panel.edit('note:t1', 'Start og mere');
    expect(hub.map.get('note:t1')?.text).toBe('Start og mere');
    await panel.close();
    expect(saved.writes).toEqual([{ key: 'note:t1', text: 'Start og mere' }]);
  });

  it('stays usable without a live service: the draft and the record still keep the text', async () => {
    const live: LivePort = { join: async () => ({ ok: false, reason: 'unavailable' }) };
    const draft = new MemoryDraft();
    const saved = writer();
    const panel = openLiveForm({ conversationId: 'c1', record, live, draft, writer: saved });
    await Promise.resolve();
    expect(panel.form.snapshot().live).toBe('local');
    panel.edit('note:t1', 'Skrevet uden live');
    expect(draft.load('c1')).toEqual({ 'note:t1': { text: 'Skrevet uden live', base: 'Start' } });
    await panel.flush();
    expect(saved.writes).toEqual([{ key: 'note:t1', text: 'Skrevet uden live' }]);
  });
});
