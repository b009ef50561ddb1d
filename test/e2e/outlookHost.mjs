// Browser tests of the local Outlook host page (/host/outlook.html) on the real embedded default: an
// appointment being organised, and the real task pane framed beside it, reading the appointment through
// the same mail item adapter that reads office.js in Outlook.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openOnEmbedded } from './host.embedded.mjs';

export function outlookHostTests({ env, outDir }) {
  // office.js from Microsoft's CDN fails to load here, as it does offline.
  const openOutlook = async (browser) => openOnEmbedded(browser, await env(), '/host/outlook.html');

  const selectedNames = (select) =>
    select.evaluate((s) => [...s.selectedOptions].map((o) => o.label.replace(/ \(.*\)$/, '')));

  return [
    {
      name: 'local Outlook host: the task pane reads the appointment’s subject and attendees (da), again after edits, then in English',
      async run(browser) {
        const { page, errors, close } = await openOutlook(browser);
        try {
          const required = page.getByLabel('Obligatoriske deltagere');
          await required.locator('option').first().waitFor({ state: 'attached', timeout: 15_000 });
          const invited = await selectedNames(required);
          assert.equal(invited.length, 2, 'two employees are invited by default');

          const pane = page.frameLocator('#pane-frame');
          await pane.getByRole('heading', { level: 1, name: 'MUS-runde' }).waitFor({ timeout: 15_000 });
          await pane.getByText('Møde: MUS-samtale 2026').waitFor();
          const attendees = pane.getByRole('list', { name: 'Deltagere' });
          assert.deepEqual(await attendees.getByRole('listitem').allTextContents(), invited);
          await page.getByRole('list').filter({ hasText: 'requiredAttendees.getAsync' }).waitFor();
          await page.screenshot({ path: join(outDir, 'outlook-host-da.png') });

          await page.getByLabel('Emne').fill('MUS 2026 – årlig samtale');
          const optional = page.getByLabel('Valgfrie deltagere');
          const extra = await optional.evaluate((s) => s.options[s.options.length - 1].value);
          await optional.selectOption(extra);
          const added = await selectedNames(optional);
          await page.getByRole('button', { name: 'Genindlæs opgaveruden' }).click();
          await pane.getByText('Møde: MUS 2026 – årlig samtale').waitFor({ timeout: 15_000 });
          assert.deepEqual(await attendees.getByRole('listitem').allTextContents(), [...invited, ...added]);

          await page.getByLabel('Visningssprog').selectOption({ label: 'English' });
          await pane.getByRole('heading', { level: 1, name: 'MUS round' }).waitFor({ timeout: 15_000 });
          await pane.getByText('Meeting: MUS 2026 – årlig samtale').waitFor();
          assert.deepEqual(
            await pane.getByRole('list', { name: 'Attendees' }).getByRole('listitem').allTextContents(),
            [...invited, ...added],
          );
          assert.equal(await page.getByRole('heading', { level: 1, name: 'Local Outlook host' }).count(), 1);
          await page.screenshot({ path: join(outDir, 'outlook-host-en.png') });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
  ];
}
