import './support/resizeObserver';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConceptApiPort, ConceptDraftChange } from '../../src/application/ports/ConceptApiPort';
import {
  buildConcept,
  conceptId,
  createOwnTopic,
  draftFromConcept,
  draftFromTemplate,
  topicId,
  type ConceptDraft,
  type ConceptTarget,
} from '../../src/domain';
import { SurfaceRoot } from '../../src/ui';
import { inMemoryMusService } from '../application/support/inMemoryMusService';
import { aMe, aPerson } from '../application/support/profileFakes';
import { aHostContext, inMemoryHost } from './support/fakePorts';
import { LAZY } from './support/lazy';

// The editor renders every topic of the template; on a loaded machine a whole journey takes tens of seconds.
jest.setTimeout(90_000);

const AT = new Date('2026-12-02T08:00:00Z');
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

/** HR's concept drafts in memory: one draft, eTags counted, every save kept; `stale` refuses saves (412). */
function draftService(options: { stale?: boolean } = {}) {
  let draft: { etag: string; value: ConceptDraft } | null = null;
  let n = 0;
  const saves: ConceptDraftChange[] = [];
  const loaded: string[] = [];
  const targetOf = (key: string): ConceptTarget => {
    const [template, year] = key.split('.');
    return {
      template: template as 'flexible',
      year: Number(year),
      scope: { level: 'organisation', id: 'organisation' },
    };
  };
  const lastYear = (target: ConceptTarget) =>
    buildConcept({
      id: conceptId('flexible'),
      template: 'flexible',
      year: target.year - 1,
      scope: target.scope,
      decidedAt: AT,
    });
  const api: ConceptApiPort = {
    // The directory's leaders, by unit: Vej og Park's has no round yet; the director's unit is not set.
    conceptUnits: () =>
      ok([
        { id: 'hanne', name: 'Hanne Kjær Mortensen', unit: 'Borgerservice' },
        { id: 'lars', name: 'Lars Østergaard', unit: 'Vej og Park' },
        { id: 'birgitte', name: 'Birgitte Holm Sørensen', unit: null },
      ]),
    conceptDraft: (_t, key) => {
      loaded.push(key);
      return ok({ target: targetOf(key), draft, concept: null, inForce: null });
    },
    startConceptDraft: (_t, key, _etag, from) => {
      const target = targetOf(key);
      const value =
        from === 'template' ? draftFromTemplate(target, AT) : draftFromConcept(target, lastYear(target), AT);
      draft = { etag: `"${++n}"`, value };
      return ok(draft);
    },
    saveConceptDraft: (_t, _key, etag, change) => {
      if (options.stale || !draft || etag !== draft.etag)
        return Promise.resolve({
          ok: false as const,
          reason: 'refused' as const,
          status: 412,
          problem: { code: 'stale_record', messages: { da: 'Ændret imens.', en: 'Changed meanwhile.' } },
        });
      saves.push(change);
      const ownTopics = change.ownTopics.map((t) =>
        createOwnTopic({ id: topicId(t.id), title: t.title, questions: t.questions }),
      );
      draft = { etag: `"${++n}"`, value: { ...draft.value, ...change, ownTopics } as ConceptDraft };
      return ok(draft);
    },
    previewConceptDraft: () => Promise.resolve({ ok: false as const, reason: 'unavailable' as const }),
    publishConceptDraft: () => Promise.resolve({ ok: false as const, reason: 'unavailable' as const }),
  };
  return { api, saves, loaded };
}

function openAsHr(api: ConceptApiPort, locale = 'da-DK') {
  const me = aMe({
    ...aPerson('Camilla Lykke Andersen', 'hr-1'),
    roles: { employee: false, leader: false, hr: true },
    leader: null,
  });
  const ports = inMemoryMusService(AT).as(me.id);
  const musApi = { ...ports.musApi, ...api, me: () => ok(me) };
  render(
    <SurfaceRoot
      surface="content"
      ports={{ host: inMemoryHost(aHostContext({ locale })), profile: { ...ports, musApi } }}
    />,
  );
}

/** Types into a field at once (a paste): typing letter by letter takes seconds with Fluent's inputs. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

async function openKoncept(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: 'Koncept' }, LAZY));
  return screen.findByRole('region', { name: 'MUS-koncept' }, LAZY);
}

describe('HR’s concept administration', () => {
  it('copies last year’s concept, adds an own topic with a question, saves it, and previews it as the employee sees it', async () => {
    const user = userEvent.setup();
    const { api, saves } = draftService();
    openAsHr(api);
    const card = await openKoncept(user);
    await user.click(await within(card).findByRole('button', { name: 'Kopiér sidste års koncept' }, LAZY));
    await within(card).findByText('Kladde, kopieret fra 2025 (version 1).');

    await fill(user, within(card).getByRole('textbox', { name: 'Titel (dansk)' }), 'Arbejdsmiljø');
    await user.click(within(card).getByRole('button', { name: 'Tilføj emne' }));
    expect(within(card).getByText('Skriv emnets titel på både dansk og engelsk.')).toBeTruthy();
    await fill(user, within(card).getByRole('textbox', { name: 'Titel (engelsk)' }), 'Working environment');
    await user.click(within(card).getByRole('button', { name: 'Tilføj emne' }));
    await user.click(within(card).getByRole('button', { name: /^Arbejdsmiljø/ }));
    await user.click(within(card).getByRole('button', { name: 'Tilføj spørgsmål' }));
    await fill(
      user,
      within(card).getByRole('textbox', { name: 'Spørgsmål 1 (dansk)' }),
      'Hvad giver dig energi?',
    );
    await fill(
      user,
      within(card).getByRole('textbox', { name: 'Spørgsmål 1 (engelsk)' }),
      'What gives you energy?',
    );
    await user.click(within(card).getByRole('button', { name: 'Gem kladde' }));
    await within(card).findByText('Kladden er gemt.');
    expect(saves.at(-1)?.ownTopics).toEqual([
      expect.objectContaining({
        title: { da: 'Arbejdsmiljø', en: 'Working environment' },
        questions: [{ da: 'Hvad giver dig energi?', en: 'What gives you energy?' }],
      }),
    ]);

    await user.click(within(card).getByRole('tab', { name: 'Forhåndsvis som medarbejder' }));
    const preview = within(card).getByRole('region', { name: 'Forhåndsvis som medarbejder' });
    const agenda = within(within(preview).getByRole('list', { name: 'Dagsorden' })).getAllByRole('listitem');
    expect(agenda.at(-2)?.textContent).toMatch(/^Arbejdsmiljø/);
    expect(agenda.at(-1)?.textContent).toMatch(/^Udviklingsmål/);
    const own = within(preview).getByRole('region', { name: 'Arbejdsmiljø' });
    expect(within(own).getByText('Hvad giver dig energi?')).toBeTruthy();
    expect(within(own).getByRole('textbox')).toHaveProperty('readOnly', true);
    expect(within(preview).queryByRole('button', { name: /Aflever/ })).toBeNull();
  });

  it('offers every leader’s unit from the directory, rounds or not, and loads the chosen unit’s draft', async () => {
    const user = userEvent.setup();
    const { api, loaded } = draftService();
    openAsHr(api);
    const card = await openKoncept(user);
    const scope = within(card).getByRole('combobox', { name: 'Område' });
    await within(card).findByRole('option', { name: 'Vej og Park – leder: Lars Østergaard' }, LAZY);
    expect(
      within(scope)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Hele organisationen',
      'Borgerservice – leder: Hanne Kjær Mortensen',
      'Vej og Park – leder: Lars Østergaard',
      'Birgitte Holm Sørensens enhed',
    ]);
    await user.selectOptions(scope, 'Vej og Park – leder: Lars Østergaard');
    await within(card).findByRole('button', { name: 'Start fra skabelonen' }, LAZY);
    expect(loaded.at(-1)).toMatch(/^flexible\.\d{4}\.unit\.lars$/);
  });

  it('leaves out a basis topic but never the goals topic', async () => {
    const user = userEvent.setup();
    openAsHr(draftService().api);
    const card = await openKoncept(user);
    await user.click(await within(card).findByRole('button', { name: 'Start fra skabelonen' }, LAZY));
    await user.click(await within(card).findByRole('button', { name: /^Samarbejde/ }));
    await user.click(within(card).getByRole('checkbox', { name: 'Med i samtalen: Samarbejde' }));
    await user.click(within(card).getByRole('button', { name: /^Udviklingsmål/ }));
    expect(within(card).getByRole('checkbox', { name: 'Altid med' })).toHaveProperty('disabled', true);
    await user.click(within(card).getByRole('tab', { name: 'Forhåndsvis som leder' }));
    const preview = within(card).getByRole('region', { name: 'Forhåndsvis som leder' });
    const titles = within(within(preview).getByRole('list', { name: 'Dagsorden' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(titles.some((t) => t?.startsWith('Samarbejde'))).toBe(false);
    expect(titles.at(-1)).toMatch(/^Udviklingsmål/);
  });

  it('says so when another tab saved the draft first, and offers the stored one', async () => {
    const user = userEvent.setup();
    openAsHr(draftService({ stale: true }).api);
    const card = await openKoncept(user);
    await user.click(await within(card).findByRole('button', { name: 'Start fra skabelonen' }, LAZY));
    await fill(user, await within(card).findByRole('textbox', { name: 'Titel (dansk)' }), 'Ny');
    await fill(user, within(card).getByRole('textbox', { name: 'Titel (engelsk)' }), 'New');
    await user.click(within(card).getByRole('button', { name: 'Tilføj emne' }));
    await user.click(within(card).getByRole('button', { name: 'Gem kladde' }));
    expect(await within(card).findByRole('button', { name: 'Prøv igen' })).toBeTruthy();
    expect(within(card).getByText('Ændringer er ikke gemt.')).toBeTruthy();
  });

  it('speaks English in an English Teams: the tab, the start and the topics’ kinds', async () => {
    const user = userEvent.setup();
    openAsHr(draftService().api, 'en-GB');
    await user.click(await screen.findByRole('tab', { name: 'Concept' }, LAZY));
    const card = await screen.findByRole('region', { name: 'MUS concept' }, LAZY);
    await user.click(await within(card).findByRole('button', { name: 'Copy last year’s concept' }, LAZY));
    await within(card).findByText('Draft, copied from 2025 (version 1).');
    expect(within(card).getAllByText('Optional topic')).toHaveLength(4);
    expect(within(card).getByRole('tab', { name: 'Preview as employee' })).toBeTruthy();
  });
});
