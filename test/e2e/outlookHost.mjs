// Browser tests of the local Outlook host page (/host/outlook.html) on the real embedded default: an
// appointment being organised, and the real task pane framed beside it, reading and writing the appointment
// through the same mail item adapter that uses office.js in Outlook; Hanne books one MUS conversation in it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openOnEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 20_000 };

export function outlookHostTests({ env, outDir }) {
  // office.js from Microsoft's CDN fails to load here, as it does offline.
  async function openOutlook(browser, options = {}) {
    const opened = await openOnEmbedded(browser, await env(), '/host/outlook.html', '', options);
    const { page } = opened;
    const organizer = page.getByLabel('Arrangør');
    await organizer.locator('option', { hasText: LEADER }).waitFor({ state: 'attached', ...TIMEOUT });
    await organizer.selectOption({ label: LEADER });
    const pane = page.frameLocator('#pane-frame');
    // Outlook without nested app authentication: the pane signs in through the Office dialog.
    await pane.getByRole('button', { name: 'Log ind' }).click(TIMEOUT);
    return { ...opened, pane };
  }

  const selectedNames = (select) =>
    select.evaluate((s) => [...s.selectedOptions].map((o) => o.label.replace(/ \(.*\)$/, '')));
  const calls = (page) => page.locator('#calls li').allTextContents();

  return [
    {
      name: 'local Outlook host: the task pane signs in through the Office dialog and lists Hanne’s reports, the invited one first (da, en)',
      async run(browser) {
        const { sandboxUrl } = await env();
        const clock = await (await fetch(`${sandboxUrl}/_sandbox/clock`)).json();
        // The browser's clock two months behind: the appointment is still a week after the sandbox's today.
        const browserNow = new Date(Date.parse(clock.now) - 60 * 86_400_000);
        const { page, pane, errors, close } = await openOutlook(browser, { clock: browserNow });
        try {
          const week = new Date(Date.parse(clock.now) + 7 * 86_400_000);
          const day = `${week.getFullYear()}-${String(week.getMonth() + 1).padStart(2, '0')}-${String(week.getDate()).padStart(2, '0')}`;
          assert.equal(await page.getByLabel('Start', { exact: true }).inputValue(), `${day}T09:00`);
          const [invited] = await selectedNames(page.getByLabel('Obligatoriske deltagere'));
          assert.ok(invited, 'one of Hanne’s reports is invited by default');
          await pane.getByRole('heading', { level: 1, name: 'MUS-runde' }).waitFor(TIMEOUT);
          await pane.getByText('Møde: MUS-samtale 2026').waitFor();
          const people = pane.getByRole('radiogroup', { name: 'Medarbejder' }).getByRole('radio');
          await people.first().waitFor(TIMEOUT);
          assert.equal(await people.count(), 6, 'her six direct reports');
          assert.equal(await people.first().isChecked(), true);
          const first = pane.getByRole('radiogroup', { name: 'Medarbejder' }).locator('label').first();
          assert.match(await first.textContent(), new RegExp(`^${invited} Inviteret$`));
          assert.ok((await calls(page)).includes('ui.displayDialogAsync'));

          await page.getByLabel('Visningssprog').selectOption({ label: 'English' });
          await pane.getByRole('heading', { level: 1, name: 'MUS round' }).waitFor(TIMEOUT);
          await pane.getByRole('button', { name: 'Sign in' }).click(TIMEOUT);
          await pane.getByRole('radiogroup', { name: 'Employee' }).waitFor(TIMEOUT);
          await pane.getByText('Invited', { exact: true }).waitFor();
          assert.equal(await page.getByRole('heading', { level: 1, name: 'Local Outlook host' }).count(), 1);
          await page.screenshot({ path: join(outDir, 'outlook-host-en.png') });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'local Outlook host: Hanne books one conversation from the appointment: agenda, subject, mark, Teams meeting; opens the planner',
      async run(browser) {
        const { page, pane, errors, close } = await openOutlook(browser);
        try {
          const group = pane.getByRole('radiogroup', { name: 'Medarbejder' });
          await group.waitFor(TIMEOUT);
          // Tall enough for the whole pane in the pictures.
          await page.setViewportSize({ width: 1280, height: 1400 });
          // Not the invited report but another one: the pane invites them.
          const other = group.getByRole('radio').nth(1);
          const name = (await group.locator('label').nth(1).textContent()).replace(/ Inviteres$/, '');
          await other.check();
          await pane.getByRole('checkbox', { name: 'Innovation' }).check();
          await pane.getByRole('textbox', { name: 'Eget emne' }).fill('Ny rolle i teamet');
          await pane.getByRole('button', { name: 'Tilføj emne' }).click();
          const order = await pane
            .getByRole('list', { name: 'Rækkefølge på dagsordenen' })
            .getByRole('listitem')
            .allTextContents();
          assert.match(order.at(-1), /^Udviklingsmål og udviklingsaktiviteter/, 'the goals topic last');
          await page.screenshot({ path: join(outDir, 'outlook-book-1-choose.png') });

          await pane.getByRole('button', { name: 'Skriv dagsorden i mødet' }).click();
          await pane.getByText(new RegExp(`Samtalen med ${name} er booket`)).waitFor(TIMEOUT);
          assert.match(
            await page.getByLabel('Emne').inputValue(),
            new RegExp(`MUS-samtale: ${name} og ${LEADER}`),
          );
          const body = page.getByRole('textbox', { name: 'Beskrivelse' });
          assert.match(
            await body.innerText(),
            /Dagsorden[\s\S]*Innovation[\s\S]*Ny rolle i teamet[\s\S]*Udviklingsmål/,
          );
          const link = body.getByRole('link', { name: 'Åbn samtalen i Teams' });
          assert.match(await link.getAttribute('href'), /^https:\/\/teams\.microsoft\.com\/l\/entity\//);
          assert.ok((await selectedNames(page.getByLabel('Obligatoriske deltagere'))).includes(name));
          const made = await calls(page);
          for (const call of [
            'body.prependAsync',
            'requiredAttendees.addAsync',
            'customProperties.saveAsync',
            'saveAsync',
          ])
            assert.ok(made.includes(call), `the add-in called ${call}`);
          await page.getByText('Mødet er gemt i arrangørens kalender.').waitFor();
          await page.screenshot({ path: join(outDir, 'outlook-book-2-booked.png') });

          await page.getByRole('button', { name: 'Send' }).click();
          await page.getByText('Mødet er sendt til deltagerne.').waitFor(TIMEOUT);
          await pane.getByRole('button', { name: 'Åbn rundeplanlæggeren' }).click();
          await page
            .locator('#calls li', { hasText: 'ui.openBrowserWindow(https://teams.microsoft.com/l/entity/' })
            .waitFor(TIMEOUT);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
  ];
}
