import { createRound, loadRoundConcepts, roundBody } from '../../src/application/rounds/planRound';
import {
  checkRoundDraft,
  defaultRoundDraft,
  plannedAgenda,
  type RoundDraft,
} from '../../src/application/rounds/roundDraft';
import {
  answerProposal,
  canRebook,
  cancelConversation,
  loadRoundStatus,
  loadRounds,
  rebookConversation,
} from '../../src/application/rounds/roundStatus';
import { LEADER, REPORTS, inMemoryMusService } from './support/inMemoryMusService';

const today = new Date('2026-03-02T08:00:00Z');
const ROUND_ID = '7d0f6a52-1111-4b5e-9c59-0c3f1d2f9a10';

function setUp() {
  const service = inMemoryMusService(today);
  const draft = defaultRoundDraft(service.concept, REPORTS, today);
  return { service, leader: service.as(LEADER.id), draft };
}

describe('a new round: the draft', () => {
  it('starts with every direct report, the concept’s duration and the next four weeks', () => {
    const { service, draft } = setUp();
    expect(draft.employeeIds).toEqual(REPORTS.map((p) => p.id));
    expect(draft.durationMinutes).toBe(service.concept.durationMinutes);
    expect(draft.window).toEqual({ from: '2026-03-03', to: '2026-03-30' });
    expect(checkRoundDraft(draft, today)).toEqual({});
  });

  it.each<[string, Partial<RoundDraft>, object]>([
    ['no title', { title: '  ' }, { title: 'required' }],
    ['no employees', { employeeIds: [] }, { employees: 'noEmployees' }],
    [
      'a window that ends first',
      { window: { from: '2026-03-10', to: '2026-03-09' } },
      { window: 'windowOrder' },
    ],
    ['a window in the past', { window: { from: '2026-03-01', to: '2026-03-09' } }, { window: 'windowPast' }],
    [
      'a window of 62 days',
      { window: { from: '2026-03-03', to: '2026-05-03' } },
      { window: 'windowTooLong' },
    ],
    ['a duration of 5 minutes', { durationMinutes: 5 }, { duration: 'outOfRange' }],
    [
      'working hours that end first',
      { workingHours: { start: '15:00', end: '09:00', days: [1] } },
      { workingHours: 'hoursOrder' },
    ],
    [
      'working hours shorter than a conversation',
      { workingHours: { start: '09:00', end: '09:30', days: [1] } },
      { workingHours: 'hoursTooShort' },
    ],
    ['no weekdays', { workingHours: { start: '09:00', end: '15:00', days: [] } }, { workingHours: 'noDays' }],
    ['a buffer of 3 hours', { bufferMinutes: 180 }, { buffer: 'outOfRange' }],
    ['no conversations a day', { maxPerDay: 0 }, { maxPerDay: 'outOfRange' }],
  ])('refuses %s', (_what, change, errors) => {
    const { draft } = setUp();
    expect(checkRoundDraft({ ...draft, ...change }, today)).toEqual(errors);
  });

  it('orders the agenda: the concept’s topics, chosen and own topics, the goals topic last', () => {
    const { service, draft } = setUp();
    const optional = service.concept.optionalTopics[1]!;
    const agenda = plannedAgenda(
      service.concept,
      { ...draft, optionalTopicIds: [optional.id], ownTopics: ['Ny teknologi', ' '] },
      ROUND_ID,
    );
    expect(agenda.map((t) => t.title.da)).toEqual([
      'Siden sidst - et godt afsæt for at tale om fremtiden',
      'Fokus på det kommende års opgaveløsning',
      'Trivsel',
      'Samarbejde',
      optional.title.da,
      'Ny teknologi',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
    expect(agenda.filter((t) => !t.fixed).map((t) => t.kind)).toEqual(['optional', 'own']);
  });
});

describe('a new round: planning it', () => {
  it('offers only concepts for one-to-one conversations', async () => {
    const { leader } = setUp();
    const concepts = await loadRoundConcepts(leader);
    expect(concepts.ok && concepts.value.map((c) => c.id)).toEqual(['flexible']);
  });

  it('offers the leader’s own unit’s concept, never another unit’s (HR, who may lead too, is sent them all)', async () => {
    const { service } = setUp();
    const unit = (id: string) => ({
      etag: `"${id}"`,
      value: { ...service.concept, id: `flexible.2026.unit.${id}`, scope: { level: 'unit' as const, id } },
    });
    const all = [unit('someone-else'), unit(LEADER.id), { etag: '"c1"', value: service.concept }];
    const ports = service.as(LEADER.id);
    const leader = {
      ...ports,
      musApi: { ...ports.musApi, concepts: async () => ({ ok: true as const, value: all }) },
    };
    const concepts = await loadRoundConcepts(leader);
    expect(concepts.ok && concepts.value.map((c) => c.id)).toEqual([
      `flexible.2026.unit.${LEADER.id}`,
      'flexible',
    ]);
  });

  it('makes one conversation per chosen employee, each agenda with the round’s own and chosen topics', async () => {
    const { service, leader, draft } = setUp();
    const optional = service.concept.optionalTopics[0]!;
    const chosen = { ...draft, employeeIds: [REPORTS[0]!.id, REPORTS[2]!.id], ownTopics: ['Hjemmearbejde'] };
    const result = await createRound(leader, ROUND_ID, { ...chosen, optionalTopicIds: [optional.id] });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.value.conversations.map((c) => c.value.employeeId).sort()).toEqual([
      'id-ida-holm',
      'id-sara-lund',
    ]);
    for (const c of result.value.conversations) {
      const titles = c.value.agenda.items.map((i) => i.topic.title.da);
      expect(titles.slice(-3)).toEqual([
        optional.title.da,
        'Hjemmearbejde',
        'Udviklingsmål og udviklingsaktiviteter',
      ]);
      expect(c.value.agenda.items.every((i) => i.status === 'accepted')).toBe(true);
    }
  });

  it('sends the planning settings and the agenda choices with the round', async () => {
    const { service, leader, draft } = setUp();
    const planned = {
      ...draft,
      ownTopics: ['Hjemmearbejde', ' '],
      durationMinutes: 45,
      bufferMinutes: 10,
      maxPerDay: 2,
      workingHours: { start: '08:30', end: '14:00', days: [1, 3], timeZone: 'Europe/Copenhagen' },
    };
    await createRound(leader, ROUND_ID, planned);
    expect(roundBody(ROUND_ID, planned)).toEqual({
      roundId: ROUND_ID,
      title: 'MUS 2026',
      conceptId: 'flexible',
      employeeIds: REPORTS.map((p) => p.id),
      window: { from: '2026-03-03', to: '2026-03-30' },
      durationMinutes: 45,
      workingHours: { start: '08:30', end: '14:00', days: [1, 3], timeZone: 'Europe/Copenhagen' },
      bufferMinutes: 10,
      maxPerDay: 2,
      agenda: { optionalTopicIds: [], ownTopics: [{ title: 'Hjemmearbejde' }] },
    });
    expect(service.rounds.get(ROUND_ID)?.value.planning?.durationMinutes).toBe(45);
  });

  it('sent again after a lost answer, finishes the same round instead of making a second', async () => {
    const { service, leader, draft } = setUp();
    service.failNext('createRound', { ok: false, reason: 'unreachable' });
    expect(await createRound(leader, ROUND_ID, draft)).toEqual({
      ok: false,
      failure: { reason: 'unreachable' },
    });
    expect((await createRound(leader, ROUND_ID, draft)).ok).toBe(true);
    expect((await createRound(leader, ROUND_ID, draft)).ok).toBe(true);
    const rounds = await loadRounds(leader);
    expect(rounds.ok && rounds.value).toHaveLength(1);
    expect(service.conversations.size).toBe(REPORTS.length);
  });

  it('passes on the service’s refusal with its message, and changes nothing', async () => {
    const { service, leader, draft } = setUp();
    service.failNext('createRound', service.refused(400, 'validation_failed', 'Forespørgslen er ugyldig.'));
    const result = await createRound(leader, ROUND_ID, draft);
    expect(result).toEqual({
      ok: false,
      failure: {
        reason: 'refused',
        problem: {
          code: 'validation_failed',
          messages: { da: 'Forespørgslen er ugyldig.', en: 'Forespørgslen er ugyldig.' },
        },
      },
    });
    expect(service.conversations.size).toBe(0);
  });
});

describe('a round’s status', () => {
  it('lists each conversation with the employee’s name, and the employee’s proposals to answer', async () => {
    const { service, leader, draft } = setUp();
    await createRound(leader, ROUND_ID, draft);
    const ida = service.as(REPORTS[0]!.id);
    const mine = await ida.musApi.conversations('t');
    if (!mine.ok) throw new Error('no conversations');
    const record = mine.value[0]!;
    await ida.musApi.changeAgenda('t', record.value.id, record.etag, {
      action: 'propose',
      topicId: 'own-ida',
      title: 'Mentorordning',
    });
    const status = await loadRoundStatus(leader, ROUND_ID, REPORTS);
    if (!status.ok) throw new Error('no status');
    expect(status.value.map((r) => [r.employeeName, r.status])).toEqual([
      ['Ida Holm', 'planned'],
      ['Ole Berg', 'planned'],
      ['Sara Lund', 'planned'],
    ]);
    const row = status.value[0]!;
    expect(row.proposals.map((p) => p.topic.title.da)).toEqual(['Mentorordning']);
    const accepted = await answerProposal(leader, row.record, 'own-ida', true);
    expect(
      accepted.ok && accepted.value.value.agenda.items.find((i) => i.topic.id === 'own-ida')?.status,
    ).toBe('accepted');
    const stale = await answerProposal(leader, row.record, 'own-ida', false);
    expect(stale.ok === false && stale.failure.problem?.code).toBe('stale_record');
  });
});

describe('the status list of a round', () => {
  it('says who has handed in a preparation before the agenda is agreed', async () => {
    const { service, leader, draft } = setUp();
    await createRound(leader, ROUND_ID, draft);
    const ida = REPORTS[0]!;
    const [conversation] = [...service.conversations.values()].filter((c) => c.value.employeeId === ida.id);
    const employee = service.as(ida.id);
    await employee.musApi.writePreparation('t', conversation!.value.id, undefined, {
      answers: {},
      submit: true,
    });
    const status = await loadRoundStatus(leader, ROUND_ID, REPORTS);
    if (!status.ok) throw new Error('no status');
    const row = status.value.find((r) => r.employeeName === ida.displayName)!;
    expect(row.status).toBe('planned');
    expect(row.preparedBy).toEqual({ leader: false, employee: true });
  });

  it('moves and cancels a booked conversation from the version the leader saw (a stale one is refused)', async () => {
    const { service, leader, draft } = setUp();
    await createRound(leader, ROUND_ID, draft);
    const [first] = [...service.conversations.values()];
    const slot = { start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T10:00:00.000Z' };
    service.conversations.set(first!.value.id, {
      etag: '"booked"',
      value: { ...first!.value, status: 'booked', slot },
    });
    const [row] = await loadRoundStatus(leader, ROUND_ID, REPORTS).then((r) => (r.ok ? r.value : []));
    expect(row && canRebook(row)).toBe(true);
    const later = { start: '2026-03-06T13:00:00.000Z', end: '2026-03-06T14:00:00.000Z' };
    const moved = await rebookConversation(leader, row!.record, later);
    expect(moved.ok && moved.value.value.slot).toEqual(later);
    const stale = await cancelConversation(leader, row!.record, 'Sygdom');
    expect(stale.ok === false && stale.failure.problem?.code).toBe('stale_record');
    if (!moved.ok) return;
    const cancelled = await cancelConversation(leader, moved.value, 'Sygdom');
    expect(cancelled.ok && cancelled.value.value.status).toBe('cancelled');
  });
});
