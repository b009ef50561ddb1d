// Browser tests of HR's overview in the personal tab, on their own embedded default: Hanne plans a round
// through the API; Camilla (HR-partner) opens the tab, sees Hanne's round as counts, drills down to the
// round and sees no person's name; the same in English.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const HR = 'Camilla Lykke Andersen';
const TIMEOUT = { timeout: 20_000 };
// The MUS service's client id in the sandbox (src/service/config.ts SANDBOX_CLIENT).
const CLIENT_ID = 'f258b688-3305-532d-a5a3-02e5a672ec5f';

async function json(response) {
  assert.ok(response.ok, `${response.url}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

async function tokenOf(sandboxUrl, upn) {
  const body = new URLSearchParams({
    grant_type: 'password',
    username: upn,
    scope: 'api://mus/access_as_user',
    client_id: CLIENT_ID,
  });
  return (await json(await fetch(`${sandboxUrl}/oidc/token`, { method: 'POST', body }))).access_token;
}

export function hrTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root));

  return {
    tests: [
      {
        name: 'HR overview: Camilla sees Hanne’s round as counts, drills down to the round, Danish then English',
        async run(browser) {
          const { baseUrl, sandboxUrl } = await env();
          const users = (await json(await fetch(`${sandboxUrl}/_sandbox/users`))).value;
          const hanne = users.find((u) => u.displayName === LEADER);
          const reports = users.filter((u) => u.managerId === hanne.id);
          const token = await tokenOf(sandboxUrl, hanne.userPrincipalName);
          await json(
            await fetch(`${baseUrl}/api/rounds`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({
                roundId: crypto.randomUUID(),
                title: 'MUS 2026 Hanne',
                conceptId: 'flexible',
                employeeIds: reports.map((u) => u.id),
              }),
            }),
          );
          const context = await browser.newContext({
            viewport: { width: 1280, height: 900 },
            locale: 'da-DK',
          });
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error));
          try {
            await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(sandboxUrl)}`);
            await page
              .getByRole('option', { name: new RegExp(HR) })
              .waitFor({ state: 'attached', ...TIMEOUT });
            await page.getByLabel('Bruger').selectOption({ label: `${HR} (HR-partner)` });
            await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
            const app = page.frameLocator('#app-frame');
            await app.getByRole('tab', { name: 'HR-overblik' }).click(TIMEOUT);
            const table = app.getByRole('table', { name: 'Samtaler pr. leder og runde efter status' });
            const leader = table.getByRole('row', { name: new RegExp(LEADER) });
            await leader.waitFor(TIMEOUT);
            const n = String(reports.length);
            assert.deepEqual(await leader.getByRole('cell').allTextContents(), [
              n,
              n,
              '0',
              '0',
              '0',
              '0',
              '0',
            ]);
            await app.getByRole('button', { name: `Vis runderne for ${LEADER}` }).click();
            const round = table.getByRole('row', { name: /MUS 2026 Hanne/ });
            await round.getByText('Under 5 personer').waitFor(TIMEOUT);
            for (const person of reports) assert.equal(await app.getByText(person.displayName).count(), 0);
            await page.locator('#app-frame').screenshot({ path: join(outDir, 'hr-1-overview-da.png') });
            const pdf = app.getByRole('button', { name: 'Hent SU-rapporten (PDF)' });
            await pdf.scrollIntoViewIfNeeded();
            const [download] = await Promise.all([page.waitForEvent('download', TIMEOUT), pdf.click()]);
            assert.equal(download.suggestedFilename(), 'MUS-SU-rapport.pdf');
            const bytes = await readFile(await download.path());
            assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
            await page.locator('#app-frame').screenshot({ path: join(outDir, 'hr-2-downloads-da.png') });

            await page.getByLabel('Sprog').selectOption({ label: 'English' });
            await app.getByRole('tab', { name: 'HR overview' }).click(TIMEOUT);
            await app
              .getByRole('table', { name: 'Conversations per leader and round by stage' })
              .waitFor(TIMEOUT);
            await app.getByRole('region', { name: 'MUS-testen (leaders)' }).waitFor(TIMEOUT);
            await page.locator('#app-frame').screenshot({ path: join(outDir, 'hr-3-overview-en.png') });
            assert.deepEqual(errors, []);
          } finally {
            await context.close();
          }
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
