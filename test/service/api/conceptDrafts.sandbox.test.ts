import { randomUUID } from 'node:crypto';
import type { CallOptions } from './http';
import { startServiceOnSandbox, type ServiceOnSandbox } from './onSandbox';

/**
 * HR's concept administration on the sandbox: a draft per template, year and scope, started from last year's
 * concept or the template, edited with If-Match, previewed as a conversation's agenda, published as the next
 * version in force. Leaders and employees never see a draft and cannot change one; a running round keeps its
 * agenda. L1 = Borgerservice's leader, E1 one of hers, L2 = IT's leader, H = the HR partner.
 */
let s: ServiceOnSandbox;
const people: Record<'L1' | 'E1' | 'L2' | 'E2' | 'H', { id: string; upn: string }> = {} as never;
const Y = new Date().getUTCFullYear();
const NEXT = `flexible.${Y + 1}.organisation.organisation`;
const draftPath = (key: string, rest = '') => `/api/hr/concept-drafts/${key}${rest}`;

beforeAll(async () => {
  s = await startServiceOnSandbox({ directoryCacheMs: 0 });
  const users = await s.users();
  const leader = (dept: string) => users.find((u) => u.role === 'leader' && u.department === dept)!;
  const l1 = leader('Borgerservice');
  const pick = (u: { id: string; userPrincipalName: string }) => ({ id: u.id, upn: u.userPrincipalName });
  people.L1 = pick(l1);
  people.E1 = pick(users.find((u) => u.managerId === l1.id)!);
  people.L2 = pick(leader('Digitalisering og IT'));
  people.E2 = pick(users.find((u) => u.managerId === people.L2.id)!);
  people.H = pick(users.find((u) => u.jobTitle === 'HR-partner')!);
});
afterAll(() => s.close());

const as = async (who: keyof typeof people, options: CallOptions = {}) => ({
  ...options,
  token: await s.token(people[who].upn),
});
const view = async (key = NEXT) => s.call('GET', draftPath(key), await as('H'));
const titles = (topics: { title: { da: string } }[]) => topics.map((t) => t.title.da);

/** The draft's choices with an own topic and Trivsel's questions rewritten. */
const edited = {
  durationMinutes: 60,
  chosenOptionalTopicIds: ['flex.mobilitet'],
  omittedBasisTopicIds: ['flex.samarbejde'],
  ownTopics: [
    {
      id: 'own.arbejdsmiljoe',
      title: { da: 'Arbejdsmiljø', en: 'Working environment' },
      questions: [{ da: 'Hvad giver dig energi?', en: 'What gives you energy?' }],
    },
  ],
  questions: { 'flex.trivsel': [{ da: 'Hvordan har du det?', en: 'How are you?' }] },
};

/** L1's round of E1 with the concept chosen, held in February of `year` (default: from today). */
async function plan(conceptId: string, year?: number) {
  const window = year ? { window: { from: `${year}-02-01`, to: `${year}-02-28` } } : {};
  const res = await s.call('POST', '/api/rounds', {
    ...(await as('L1')),
    body: {
      roundId: randomUUID(),
      title: `MUS ${conceptId}`,
      conceptId,
      employeeIds: [people.E1.id],
      ...window,
    },
  });
  expect(res.status).toBe(201);
  return res.body;
}
/** The topics of the first agenda of such a round. */
const planRound = async (conceptId: string, year?: number) =>
  (await plan(conceptId, year)).conversations[0].value.agenda.items.map(
    (i: { topic: { title: { da: string } } }) => i.topic,
  );

describe('concept drafts', () => {
  it('HR copies last year’s concept, edits it, previews it, publishes it; leaders see it only then', async () => {
    expect((await view()).body).toMatchObject({ draft: null, concept: null, inForce: null });
    const started = await s.call('POST', draftPath(NEXT, '/start'), {
      ...(await as('H')),
      body: { from: 'lastYear' },
    });
    expect(started.status).toBe(200);
    expect(started.body.value).toMatchObject({ year: Y + 1, basedOn: { conceptId: 'flexible', year: Y } });
    const changed = await s.call('PUT', draftPath(NEXT), {
      ...(await as('H', { headers: { 'if-match': started.body.etag } })),
      body: edited,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.value).toMatchObject({ durationMinutes: 60, basedOn: { conceptId: 'flexible' } });

    // A second HR tab with the old version is refused (412) with the current draft; without one, 428.
    const stale = await s.call('PUT', draftPath(NEXT), {
      ...(await as('H', { headers: { 'if-match': started.body.etag } })),
      body: { ...edited, durationMinutes: 30 },
    });
    expect(stale.body).toMatchObject({
      status: 412,
      code: 'stale_record',
      current: { value: { durationMinutes: 60 } },
    });
    const start = await s.call('POST', draftPath(NEXT, '/start'), {
      ...(await as('H')),
      body: { from: 'template' },
    });
    expect(start.body).toMatchObject({ status: 428, code: 'precondition_required' });

    const preview = await s.call('GET', draftPath(NEXT, '/preview'), await as('H'));
    const topics = preview.body.agenda.map((i: { topic: unknown }) => i.topic);
    expect(titles(topics)).toEqual([
      'Siden sidst - et godt afsæt for at tale om fremtiden',
      'Fokus på det kommende års opgaveløsning',
      'Trivsel',
      'Mobilitet',
      'Arbejdsmiljø',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
    expect(topics[2].questions).toEqual([{ da: 'Hvordan har du det?', en: 'How are you?' }]);
    expect(topics[4].questions).toEqual([{ da: 'Hvad giver dig energi?', en: 'What gives you energy?' }]);
    expect(titles(preview.body.optionalTopics)).not.toContain('Mobilitet');

    // Not in force yet: the leader plans with what is published.
    const before = await s.call('GET', '/api/concepts', await as('L1'));
    expect(before.body.map((c: { value: { id: string } }) => c.value.id)).not.toContain(NEXT);

    const wrong = await s.call('POST', draftPath(NEXT, '/publish'), {
      ...(await as('H', { headers: { 'if-match': started.body.etag } })),
    });
    expect(wrong.status).toBe(412);
    const published = await s.call('POST', draftPath(NEXT, '/publish'), {
      ...(await as('H', { headers: { 'if-match': changed.body.etag } })),
    });
    expect(published.status).toBe(200);
    expect(published.body.value).toMatchObject({ id: NEXT, version: 1, year: Y + 1, durationMinutes: 60 });
    expect((await view()).body).toMatchObject({ draft: null, inForce: { value: { id: NEXT } } });
    const again = await s.call('POST', draftPath(NEXT, '/publish'), {
      ...(await as('H', { headers: { 'if-match': changed.body.etag } })),
    });
    expect(again.body).toMatchObject({ status: 404, code: 'no_concept_draft' });

    const after = await s.call('GET', '/api/concepts', await as('L1'));
    expect(after.body.map((c: { value: { id: string } }) => c.value.id)).toContain(NEXT);
    expect(titles(await planRound('flexible', Y + 1))).toContain('Arbejdsmiljø');
  });

  it('a round is held with the concept published for its year: next year’s dates, next year’s concept', async () => {
    // Choosing next year's concept for dates this year gives this year's, and the other way round.
    const thisYear = await plan(NEXT);
    expect(thisYear.round.value).toMatchObject({ year: Y, conceptId: 'flexible' });
    expect(
      titles(thisYear.conversations[0].value.agenda.items.map((i: { topic: unknown }) => i.topic)),
    ).not.toContain('Arbejdsmiljø');
    const nextYear = await plan('flexible', Y + 1);
    expect(nextYear.round.value).toMatchObject({ year: Y + 1, conceptId: NEXT });
    // Nothing published for the year after: the template's built-in default for that year.
    const later = await plan(NEXT, Y + 2);
    const seeded = `flexible.${Y + 2}.organisation.organisation`;
    expect(later.round.value).toMatchObject({ year: Y + 2, conceptId: seeded });
    const concept = await s.call('GET', `/api/concepts/${seeded}`, await as('L1'));
    expect(concept.body.value).toMatchObject({ year: Y + 2, version: 1, scope: { level: 'organisation' } });
    expect(titles(concept.body.value.topics)).not.toContain('Arbejdsmiljø');
  });

  it('publishing this year’s concept again is its next version; a round already planned keeps its agenda', async () => {
    const key = `flexible.${Y}.organisation.organisation`;
    const planned = await planRound('flexible');
    const started = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'inForce' },
    });
    expect(started.body.value.basedOn).toMatchObject({ conceptId: 'flexible', version: 1 });
    const own = { id: 'own.nyt', title: { da: 'Nyt emne', en: 'New topic' }, questions: [] };
    const changed = await s.call('PUT', draftPath(key), {
      ...(await as('H', { headers: { 'if-match': started.body.etag } })),
      body: { ...edited, ownTopics: [own], questions: {} },
    });
    const published = await s.call('POST', draftPath(key, '/publish'), {
      ...(await as('H', { headers: { 'if-match': changed.body.etag } })),
    });
    expect(published.body.value).toMatchObject({ id: 'flexible', version: 2 });
    expect(titles(planned)).not.toContain('Nyt emne');
    expect(titles(await planRound('flexible'))).toContain('Nyt emne');
  });

  it('refuses bad input with a translated problem and changes nothing', async () => {
    const key = `coreTask.${Y + 1}.organisation.organisation`;
    const started = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'lastYear' },
    });
    expect(started.status).toBe(200);
    const put = async (body: object) =>
      s.call('PUT', draftPath(key), {
        ...(await as('H', { headers: { 'if-match': started.body.etag } })),
        body,
      });
    const base = {
      durationMinutes: 45,
      chosenOptionalTopicIds: [],
      omittedBasisTopicIds: [],
      ownTopics: [],
      questions: {},
    };
    const ownTopic = (i: number, da = `Emne ${i}`) => ({
      id: `own.${i}`,
      title: { da, en: da },
      questions: [],
    });
    const cases: [object, number, string][] = [
      [{ ...base, ownTopics: [ownTopic(1, ' ')] }, 400, 'validation_failed'],
      [{ ...base, omittedBasisTopicIds: ['core.maal'] }, 404, 'concept_unknown_topic'],
      [{ ...base, chosenOptionalTopicIds: ['flex.mobilitet'] }, 404, 'concept_unknown_topic'],
      [{ ...base, questions: { nope: [{ da: 'x', en: 'x' }] } }, 404, 'concept_unknown_topic'],
      [
        { ...base, ownTopics: Array.from({ length: 28 }, (_, i) => ownTopic(i)) },
        400,
        'concept_too_many_topics',
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await put(body);
      expect(res.body).toMatchObject({
        status,
        code,
        messages: { da: expect.any(String), en: expect.any(String) },
      });
    }
    const goals = (await view(key)).body.concept.topics.at(-1).id;
    expect((await put({ ...base, omittedBasisTopicIds: [goals] })).body).toMatchObject({
      status: 409,
      code: 'goals_topic_required',
    });
    // Nothing changed: the draft is the one started, at the same version.
    expect((await view(key)).body.draft).toEqual(started.body);

    const past = await s.call('POST', draftPath(`flexible.${Y - 1}.organisation.organisation`, '/start'), {
      ...(await as('H')),
      body: { from: 'template' },
    });
    expect(past.body).toMatchObject({ status: 400, code: 'concept_past_year' });
    const none = await s.call('POST', draftPath(`group.${Y + 3}.unit.${people.L2.id}`, '/start'), {
      ...(await as('H')),
      body: { from: 'lastYear' },
    });
    expect(none.body).toMatchObject({ status: 404, code: 'no_concept_last_year' });
    const badKey = await s.call('GET', draftPath('flexible.next.organisation.organisation'), await as('H'));
    expect(badKey.body).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('refuses drafts to leaders and employees (403 forbidden) for every route, and changes nothing', async () => {
    const key = `performance.${Y + 1}.organisation.organisation`;
    const started = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'template' },
    });
    const etag = { headers: { 'if-match': started.body.etag } };
    for (const who of ['L1', 'E1'] as const) {
      const tries = [
        s.call('GET', '/api/hr/concept-units', await as(who)),
        s.call('GET', draftPath(key), await as(who)),
        s.call('GET', draftPath(key, '/preview'), await as(who)),
        s.call('PUT', draftPath(key), {
          ...(await as(who, etag)),
          body: { ...edited, chosenOptionalTopicIds: [] },
        }),
        s.call('POST', draftPath(key, '/start'), { ...(await as(who, etag)), body: { from: 'template' } }),
        s.call('POST', draftPath(key, '/publish'), await as(who, etag)),
      ];
      for (const res of await Promise.all(tries)) {
        expect(res.body).toMatchObject({
          status: 403,
          code: 'forbidden',
          messages: { da: expect.any(String) },
        });
        expect(res.text).not.toContain('durationMinutes');
      }
    }
    expect((await view(key)).body).toMatchObject({ draft: started.body, inForce: null });
  });

  it('HR can give every leader’s unit a concept before any round: the directory’s leaders by department', async () => {
    const res = await s.call('GET', '/api/hr/concept-units', await as('H'));
    expect(res.status).toBe(200);
    // Nobody has planned a round in Vej og Park, and the director and the HR partner lead too.
    expect(res.body.map((u: { unit: string; name: string }) => [u.unit, u.name])).toEqual([
      ['Borgerservice', 'Hanne Kjær Mortensen'],
      ['Digitalisering og IT', 'Peter Bach Christensen'],
      ['Direktionen', 'Birgitte Holm Sørensen'],
      ['HR og Personale', 'Camilla Lykke Andersen'],
      ['Vej og Park', 'Lars Østergaard'],
    ]);
    const vejOgPark = res.body.find((u: { unit: string }) => u.unit === 'Vej og Park');
    const key = `flexible.${Y + 1}.unit.${vejOgPark.id}`;
    const started = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'template' },
    });
    expect(started.body.value).toMatchObject({ scope: { level: 'unit', id: vejOgPark.id } });
  });

  it('a unit’s concept is its leader’s to plan with, before the organisation’s; HR sees all', async () => {
    const key = `flexible.${Y}.unit.${people.L2.id}`;
    const started = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'inForce' },
    });
    expect(started.body).toMatchObject({ status: 404 });
    const fromTemplate = await s.call('POST', draftPath(key, '/start'), {
      ...(await as('H')),
      body: { from: 'template' },
    });
    await s.call(
      'POST',
      draftPath(key, '/publish'),
      await as('H', { headers: { 'if-match': fromTemplate.body.etag } }),
    );
    const ids = async (who: 'L1' | 'L2' | 'H') =>
      (await s.call('GET', '/api/concepts', await as(who))).body.map(
        (c: { value: { id: string } }) => c.value.id,
      );
    expect((await ids('L2'))[0]).toBe(key);
    expect(await ids('L1')).not.toContain(key);
    expect(await ids('H')).toContain(key);
    // L2's round this year is held with the unit's concept, whichever concept of the template was chosen.
    const round = await s.call('POST', '/api/rounds', {
      ...(await as('L2')),
      body: { roundId: randomUUID(), title: 'MUS IT', conceptId: 'flexible', employeeIds: [people.E2.id] },
    });
    expect(round.body.round.value).toMatchObject({ year: Y, conceptId: key });
  });
});
