import {
  changeMyAgenda,
  loadMyConversation,
  nextConversation,
  proposeTopic,
} from '../../src/application/conversations/myConversation';
import { answersOf, isSubmitted, savePreparation } from '../../src/application/conversations/preparation';
import { createRound } from '../../src/application/rounds/planRound';
import { defaultRoundDraft } from '../../src/application/rounds/roundDraft';
import type { VersionedConversation } from '../../src/application/ports/MusApiPort';
import { LEADER, REPORTS, inMemoryMusService } from './support/inMemoryMusService';

const now = new Date('2026-03-02T08:00:00Z');
const IDA = REPORTS[0]!;

async function withRound() {
  const service = inMemoryMusService(now);
  const draft = defaultRoundDraft(service.concept, REPORTS, now);
  await createRound(service.as(LEADER.id), '0b7c5a52-2222-4b5e-9c59-0c3f1d2f9a10', draft);
  return { service, ida: service.as(IDA.id) };
}

async function idasConversation() {
  const { service, ida } = await withRound();
  const loaded = await loadMyConversation(ida, IDA.id, now);
  if (!loaded.ok || !loaded.value) throw new Error('no conversation');
  return { service, ida, mine: loaded.value };
}

const aConversation = (id: string, status: string, slot: { start: string; end: string } | null) =>
  ({ etag: 'e', value: { id, employeeId: 'ida', status, slot } }) as unknown as VersionedConversation;

describe('Mine MUS: the next conversation', () => {
  it('is the soonest booked one still ahead; unbooked after booked; none once all are over', () => {
    const past = aConversation('past', 'booked', {
      start: '2026-03-01T09:00:00Z',
      end: '2026-03-01T10:00:00Z',
    });
    const soon = aConversation('soon', 'booked', {
      start: '2026-03-04T09:00:00Z',
      end: '2026-03-04T10:00:00Z',
    });
    const later = aConversation('later', 'agendaAgreed', {
      start: '2026-03-09T09:00:00Z',
      end: '2026-03-09T10:00:00Z',
    });
    const planned = aConversation('planned', 'planned', null);
    const cancelled = aConversation('cancelled', 'cancelled', {
      start: '2026-03-03T09:00:00Z',
      end: '2026-03-03T10:00:00Z',
    });
    expect(nextConversation([planned, later, past, cancelled, soon], 'ida', now)?.value.id).toBe('soon');
    expect(nextConversation([planned, past], 'ida', now)?.value.id).toBe('planned');
    expect(nextConversation([past, cancelled], 'ida', now)).toBeUndefined();
    expect(nextConversation([soon], 'someone-else', now)).toBeUndefined();
  });

  it('shows the employee the agenda in order, the goals topic last, nothing agreed and no preparation yet', async () => {
    const { mine } = await idasConversation();
    expect(mine.agenda.at(-1)?.topic.role).toBe('goals');
    expect(mine.agreed).toEqual({ employee: false, leader: false });
    expect(mine.agendaOpen).toBe(true);
    expect(answersOf(mine.preparation)).toEqual({});
  });

  it('is none for someone without a conversation', async () => {
    const { service } = await withRound();
    expect(await loadMyConversation(service.as('stranger'), 'stranger', now)).toEqual({
      ok: true,
      value: null,
    });
  });
});

describe('Mine MUS: the agenda', () => {
  it('records the employee’s agreement', async () => {
    const { ida, mine } = await idasConversation();
    const agreed = await changeMyAgenda(ida, mine.record, { action: 'agree' });
    expect(agreed.ok && agreed.value.value.agenda.agreement.employee).toBe(now.toISOString());
  });

  it('sends a proposal with its reason for the leader to answer', async () => {
    const { ida, mine } = await idasConversation();
    const proposed = await proposeTopic(ida, mine.record, 'own-1', {
      title: 'Mentorordning',
      reason: 'Jeg vil gerne lære af de erfarne',
    });
    if (!proposed.ok) throw new Error('refused');
    const item = proposed.value.value.agenda.items.find((i) => i.topic.id === 'own-1');
    expect(item).toMatchObject({ status: 'proposed', proposedBy: 'employee' });
    expect(item?.topic.title.da).toBe('Mentorordning');
    expect(item?.reason).toBe('Jeg vil gerne lære af de erfarne');
    expect(proposed.value.value.agenda.items.at(-1)?.topic.role).toBe('goals');
  });

  it.each([
    ['no title', { title: ' ', reason: 'fordi' }, 'titleMissing'],
    ['a title over 200 characters', { title: 'x'.repeat(201), reason: 'fordi' }, 'tooLong'],
    ['a reason over 2000 characters', { title: 'Mentor', reason: 'y'.repeat(2001) }, 'tooLong'],
  ])('refuses a proposal with %s and sends nothing', async (_what, proposal, invalid) => {
    const { service, ida, mine } = await idasConversation();
    const before = service.calls.length;
    expect(await proposeTopic(ida, mine.record, 'own-1', proposal)).toEqual({ ok: false, invalid });
    expect(service.calls.length).toBe(before);
  });
});

describe('Mine MUS: the preparation', () => {
  it('saves a draft, saves again on top of it, and hands it in', async () => {
    const { ida, mine } = await idasConversation();
    const id = mine.record.value.id;
    const draft = await savePreparation(ida, id, undefined, { trivsel: 'Godt' }, false);
    if (!draft.ok) throw new Error('refused');
    expect(draft.value.value.submittedAt).toBeNull();
    const submitted = await savePreparation(ida, id, draft.value.etag, { trivsel: 'Rigtig godt' }, true);
    if (!submitted.ok) throw new Error('refused');
    const again = await loadMyConversation(ida, IDA.id, now);
    if (!again.ok || !again.value) throw new Error('gone');
    expect(answersOf(again.value.preparation)).toEqual({ trivsel: 'Rigtig godt' });
    expect(isSubmitted(again.value.preparation)).toBe(true);
  });

  it('writes over its own newer version (a second tab) with what is on screen', async () => {
    const { ida, mine } = await idasConversation();
    const id = mine.record.value.id;
    const first = await savePreparation(ida, id, undefined, { trivsel: 'a' }, false);
    await savePreparation(ida, id, first.ok ? first.value.etag : undefined, { trivsel: 'b' }, false);
    const fromOldTab = await savePreparation(
      ida,
      id,
      first.ok ? first.value.etag : undefined,
      { trivsel: 'c' },
      false,
    );
    expect(fromOldTab.ok && fromOldTab.value.value.answers).toEqual([{ topicId: 'trivsel', text: 'c' }]);
  });

  it('passes on a refusal once handed in', async () => {
    const { ida, mine } = await idasConversation();
    const id = mine.record.value.id;
    const submitted = await savePreparation(ida, id, undefined, { trivsel: 'a' }, true);
    const later = await savePreparation(
      ida,
      id,
      submitted.ok ? submitted.value.etag : undefined,
      { trivsel: 'b' },
      false,
    );
    expect(later.ok).toBe(false);
  });
});
