import './support/resizeObserver';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { ConclusionPorts, Party } from '../../src/application/conclusion/conclusion';
import { agreeGoal, createGoal, conversationId, goalId, personId, text } from '../../src/domain';
import { Conclusion } from '../../src/ui/components/Conclusion';
import { createI18n } from '../../src/ui/i18n/i18n';
import { meetingTexts } from '../../src/ui/i18n/meetingTexts';
import { addTexts } from '../../src/ui/i18n/textBundle';
import { inMemoryConclusion } from '../application/support/inMemoryConclusion';
import { aMe, inMemoryProfile } from '../application/support/profileFakes';

const LEADER = { id: 'hanne', name: 'Hanne Kjær Mortensen' };
const EMPLOYEE = { id: 'ida', name: 'Ida Holm' };
const at = new Date('2026-03-02T09:00:00Z');
const goal = (id: string, description: string, agreed: boolean) => {
  const g = createGoal({
    id: goalId(id),
    conversationId: conversationId('c-1'),
    employeeId: personId(EMPLOYEE.id),
    goal: description,
    activities: ['Kursus i foråret'],
    deadline: '2026-09-30',
    responsible: 'employee',
    at,
  });
  return agreed ? agreeGoal(agreeGoal(g, 'leader', at), 'employee', at) : g;
};

function world(started = true) {
  return inMemoryConclusion({
    started,
    conversationId: 'c-1',
    leader: LEADER,
    employee: EMPLOYEE,
    topics: [
      { id: 'trivsel', title: text('Trivsel', 'Well-being') },
      { id: 'maal', title: text('Udviklingsmål og udviklingsaktiviteter', 'Development goals') },
    ],
    goals: [goal('g1', 'Lære Power BI', true), goal('g2', 'Ikke aftalt endnu', false)],
  });
}

/** The form as one party sees it; `language` the page's. */
function open(
  service: ReturnType<typeof world>,
  who: { id: string },
  party: Party,
  language: 'da' | 'en' = 'da',
) {
  const { accessToken, musApi } = inMemoryProfile([{ ok: true, value: aMe() }]);
  const ports: ConclusionPorts = { accessToken, musApi, conclusionApi: service.api(who.id) };
  const i18n = createI18n(language);
  addTexts(i18n, meetingTexts); // as the meeting's surfaces do
  return render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <Conclusion ports={ports} conversationId="c-1" party={party} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

const form = () => screen.findByRole('region', { name: 'Fælles konklusionsskema' }, { timeout: 5000 });
const click = (name: string | RegExp) => userEvent.click(screen.getByRole('button', { name }));

jest.setTimeout(60_000);

describe('the joint conclusion form (fælles konklusionsskema)', () => {
  it('starts from the agreed topics with a labelled summary each, the follow-up date, and only the goals both agreed', async () => {
    open(world(), LEADER, 'leader');
    await form();
    expect(screen.getByRole('textbox', { name: /^Trivsel/ })).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Udviklingsmål og udviklingsaktiviteter/ })).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Dato for opfølgning/ })).toBeVisible();
    const goals = screen.getByRole('list', { name: 'Aftalte udviklingsmål' });
    expect(within(goals).getByText('Lære Power BI')).toBeVisible();
    expect(within(goals).queryByText('Ikke aftalt endnu')).not.toBeInTheDocument();
    expect(within(goals).getByText('Medarbejder')).toBeVisible();
  });

  it('refuses a date that is no date with a translated message, and sends nothing', async () => {
    const service = world();
    open(service, LEADER, 'leader');
    await form();
    await userEvent.type(screen.getByRole('textbox', { name: /^Dato for opfølgning/ }), '31-02-2027');
    await click('Gem');
    expect(await screen.findByText('Skriv en gyldig dato som dag-måned-år, fx 15-01-2027.')).toBeVisible();
    expect(service.stored()?.versions[0]?.followUpDate).toBeNull();
  });

  it('is signed by both with name, time and version, then locked; the PDF is offered', async () => {
    const service = world();
    const leader = open(service, LEADER, 'leader');
    await form();
    await userEvent.type(screen.getByRole('textbox', { name: /^Trivsel/ }), 'Trives godt; ønsker mere ro');
    await userEvent.type(screen.getByRole('textbox', { name: /^Dato for opfølgning/ }), '15-01-2027');
    await click('Underskriv');
    expect(await screen.findByText('Du har underskrevet. Venter på den anden underskrift.')).toBeVisible();
    const signatures = screen.getByRole('list', { name: 'Underskrifter' });
    expect(
      within(signatures).getByText(/^Leder: Hanne Kjær Mortensen, underskrevet .* \(version 1\)$/),
    ).toBeVisible();
    expect(within(signatures).getByText('Medarbejder: ikke underskrevet endnu')).toBeVisible();
    leader.unmount();

    open(service, EMPLOYEE, 'employee');
    await form();
    expect(screen.getByRole('textbox', { name: /^Trivsel/ })).toHaveValue('Trives godt; ønsker mere ro');
    expect(screen.getByRole('textbox', { name: /^Dato for opfølgning/ })).toHaveValue('15-01-2027');
    await click('Underskriv');
    expect(await screen.findByText('I har begge underskrevet. Konklusionen er låst.')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /^Trivsel/ })).not.toBeInTheDocument();
    expect(screen.getByText('Trives godt; ønsker mere ro')).toBeVisible();
    expect(screen.getByText(/Dato for opfølgning: .*15\. januar 2027/)).toBeVisible();
    expect(screen.getByText(/^Medarbejder: Ida Holm, underskrevet .* \(version 1\)$/)).toBeVisible();
    const createObjectURL = jest.fn(() => 'blob:pdf');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    await click('Hent PDF');
    expect(service.pdfs).toEqual(['ida:da']);
    expect(createObjectURL).toHaveBeenCalledWith(expect.objectContaining({ type: 'application/pdf' }));
    expect(saved).toEqual(['MUS-konklusion-v1-da.pdf blob:pdf']);
  });

  it('amends a locked conclusion as a new version that both sign again, with a reason', async () => {
    const service = await signedByBoth();
    open(service, EMPLOYEE, 'employee');
    await form();
    await click('Ændr');
    const reason = screen.getByRole('textbox', { name: /^Hvorfor ændres konklusionen\?/ });
    await userEvent.type(reason, 'Nyt kursus');
    await click('Start ændringen');
    expect(await screen.findByText('Version 2 · Ændring: Nyt kursus')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Trivsel/ })).toHaveValue('Godt');
    expect(screen.getByText('Leder: ikke underskrevet endnu')).toBeVisible();
    expect(screen.getByText('Medarbejder: ikke underskrevet endnu')).toBeVisible();
    // The version both signed stays in force (and printable) until the new one is signed.
    expect(screen.getByRole('button', { name: 'Hent PDF' })).toBeEnabled();
    expect(service.stored()?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('lets only the employee decide on filing to the personnel record', async () => {
    const service = await signedByBoth();
    const leader = open(service, LEADER, 'leader');
    await form();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      screen.getByText('Konklusionen bliver hos jer to; den arkiveres ikke i personalesagen.'),
    ).toBeVisible();
    leader.unmount();
    open(service, EMPLOYEE, 'employee');
    await form();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Arkivér konklusionen i min personalesag (HR kan se den)' }),
    );
    expect(await screen.findByText('Dit valg er gemt.')).toBeVisible();
    expect(service.stored()?.consentToPersonnelFile).toBe(true);
  });

  it('says, before the meeting has started, that the conclusion is written once it has', async () => {
    open(world(false), EMPLOYEE, 'employee');
    expect(
      await screen.findByText('Konklusionen skrives, når mødet er begyndt.', undefined, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Underskriv' })).not.toBeInTheDocument();
  });

  it('speaks English on an English page', async () => {
    open(world(), EMPLOYEE, 'employee', 'en');
    await screen.findByRole('region', { name: 'Joint conclusion form' }, { timeout: 5000 });
    expect(screen.getByRole('textbox', { name: /^Well-being/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign' })).toBeVisible();
  });
});

/** A conclusion with a summary, signed by both through the service (not the form). */
async function signedByBoth() {
  const service = world();
  const sign = async (who: { id: string }, etag: string) => {
    const res = await service.api(who.id).signConclusion('t', 'c-1', etag);
    if (!res.ok) throw new Error('sign');
    return res.value.etag;
  };
  const written = await service.api(LEADER.id).writeConclusion('t', 'c-1', undefined, {
    summaries: { trivsel: 'Godt' },
    snapshotGoals: true,
  });
  if (!written.ok) throw new Error('write');
  await sign(EMPLOYEE, await sign(LEADER, written.value.etag));
  return service;
}
