// Browser tests of the local Teams host page (/host/) on the real embedded default: a demo user signs in
// at the sandbox, the real surface pages run framed by the host page with the real teams-js adapter.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openOnEmbedded, startEmbedded } from './host.embedded.mjs';
import { a11yTests } from './a11y.mjs';
import { conclusionTests } from './conclusion.mjs';
import { outlookHostTests } from './outlookHost.mjs';
import { liveTests } from './live.mjs';
import { meetingTests } from './meeting.mjs';
import { plannerTests } from './planner.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const DIRECTOR = 'Birgitte Holm Sørensen';

/** Relative luminance (0 black … 1 white) of a CSS colour. */
function luminance(color) {
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number).map((v) => v / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function appBackground(frame) {
  return luminance(
    await frame
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  );
}

async function waitFor(check, what, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Send one raw teams-js request from inside a framed page to the host, and return the reply's args. */
export function ask(frame, func, args = []) {
  return frame.evaluate(
    ({ func, args }) =>
      new Promise((resolve, reject) => {
        const uuid = crypto.randomUUID();
        const timer = setTimeout(() => reject(new Error(`no answer to ${func}`)), 5000);
        window.addEventListener('message', function listen(event) {
          if (event.data?.uuidAsString !== uuid) return;
          window.removeEventListener('message', listen);
          clearTimeout(timer);
          resolve(event.data.args);
        });
        window.parent.postMessage({ id: 90_000, uuidAsString: uuid, func, args }, location.origin);
      }),
    { func, args },
  );
}

export function hostTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root));

  async function openHost(browser) {
    const { baseUrl, sandboxUrl } = await env();
    const { page, errors, close } = await openOnEmbedded(browser, { baseUrl, sandboxUrl }, '/host/');
    await page
      .getByRole('option', { name: new RegExp(LEADER) })
      .waitFor({ state: 'attached', timeout: 15_000 });
    return { page, errors, baseUrl, close };
  }

  return {
    tests: [
      {
        name: 'local host page: a leader in the personal tab is welcomed by name (da), then English and dark',
        async run(browser) {
          const { page, errors, close } = await openHost(browser);
          try {
            await page.getByLabel('Bruger').selectOption({ label: `${LEADER} (Teamleder)` });
            await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
            const app = page.frameLocator('#app-frame');
            await app
              .getByRole('heading', { level: 1, name: `Velkommen til MUS, ${LEADER}` })
              .waitFor({ timeout: 15_000 });
            assert.equal(await app.getByText('Åbnet i Teams.').count(), 1);
            assert.equal(
              await app.getByText('Du har åbnet MUS uden for Microsoft Teams og Outlook.').count(),
              0,
            );
            await page.getByRole('status').getByText(`Logget ind som ${LEADER}`).waitFor();

            // Who the leader is in MUS, from the service: roles, own leader, direct reports.
            const roles = app.getByRole('list', { name: 'Dine roller' });
            await roles.waitFor({ timeout: 15_000 });
            assert.deepEqual(await roles.getByRole('listitem').allTextContents(), ['Leder', 'Medarbejder']);
            const you = app.getByRole('region', { name: 'Dig i MUS' });
            assert.equal(await you.getByText(DIRECTOR, { exact: true }).count(), 1, 'her own leader');
            const frame = page.frames().find((f) => f.url().endsWith('/content.html'));
            assert.ok(frame, 'the personal tab frame');
            const [, token] = await ask(frame, 'authentication.getAuthToken', [['api://mus'], [], false]);
            const expected = await frame.evaluate(async (bearer) => {
              const response = await fetch('/api/me', { headers: { authorization: `Bearer ${bearer}` } });
              return (await response.json()).reports.map((r) => r.displayName);
            }, token);
            assert.ok(expected.length > 0, 'the leader has direct reports in the sandbox');
            const employees = app.getByRole('list', { name: 'Dine medarbejdere' });
            for (const name of expected) {
              assert.equal(await employees.getByText(name, { exact: true }).count(), 1, `report ${name}`);
            }
            assert.equal(await employees.getByRole('listitem').count(), expected.length);
            await page.screenshot({ path: join(outDir, 'host-content-da.png') });

            await page.getByLabel('Sprog').selectOption({ label: 'English' });
            await app
              .getByRole('heading', { level: 1, name: `Welcome to MUS, ${LEADER}` })
              .waitFor({ timeout: 15_000 });
            await app.getByRole('list', { name: 'Your employees' }).waitFor({ timeout: 15_000 });
            assert.deepEqual(
              await app.getByRole('list', { name: 'Your roles' }).getByRole('listitem').allTextContents(),
              ['Leader', 'Employee'],
            );
            assert.ok((await appBackground(app)) > 0.8, 'expected the light theme first');
            await page.getByLabel('Theme').selectOption({ label: 'Dark' });
            await waitFor(async () => (await appBackground(app)) < 0.2, 'the app follows the dark theme');
            const hostBackground = await page
              .locator('body')
              .evaluate((b) => getComputedStyle(b).backgroundColor);
            assert.ok(luminance(hostBackground) < 0.2, 'expected the host page dark too');
            assert.equal(
              await app.getByText('You have opened MUS outside Microsoft Teams and Outlook.').count(),
              0,
            );
            await page.screenshot({ path: join(outDir, 'host-content-en-dark.png') });
            assert.deepEqual(errors, []);
          } finally {
            await close();
          }
        },
      },
      {
        name: 'local host page: an employee in the personal tab sees their role and their leader',
        async run(browser) {
          const { page, errors, close } = await openHost(browser);
          try {
            const users = page.getByLabel('Bruger');
            const employee = await users.evaluate(
              (select) =>
                [...select.options].find((o) => o.label.endsWith('(Borgerservicemedarbejder)'))?.label,
            );
            assert.ok(employee, 'a Borgerservice employee among the demo users');
            await users.selectOption({ label: employee });
            await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
            const app = page.frameLocator('#app-frame');
            const name = employee.replace(/ \(.*\)$/, '');
            await app
              .getByRole('heading', { level: 1, name: `Velkommen til MUS, ${name}` })
              .waitFor({ timeout: 15_000 });
            const roles = app.getByRole('list', { name: 'Dine roller' });
            await roles.waitFor({ timeout: 15_000 });
            assert.deepEqual(await roles.getByRole('listitem').allTextContents(), ['Medarbejder']);
            const you = app.getByRole('region', { name: 'Dig i MUS' });
            assert.equal(await you.getByText(LEADER, { exact: true }).count(), 1, 'her leader');
            assert.equal(await app.getByRole('list', { name: 'Dine medarbejdere' }).count(), 0);
            await page.screenshot({ path: join(outDir, 'host-content-employee.png') });
            assert.deepEqual(errors, []);
          } finally {
            await close();
          }
        },
      },
      {
        name: 'local host page: the personal tab explains it in Danish when the service fails, and tries again',
        async run(browser) {
          const { page, errors, close } = await openHost(browser);
          try {
            let failing = true;
            await page.route('**/api/me', (route) =>
              failing ? route.fulfill({ status: 503, body: '{}' }) : route.continue(),
            );
            await page.getByLabel('Bruger').selectOption({ label: `${LEADER} (Teamleder)` });
            await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
            const app = page.frameLocator('#app-frame');
            await app.getByText('Vi kan ikke vise dine oplysninger').waitFor({ timeout: 15_000 });
            assert.equal(
              await app.getByText('MUS-tjenesten har en fejl lige nu. Prøv igen om lidt.').count(),
              1,
            );
            await page.screenshot({ path: join(outDir, 'host-content-error.png') });
            failing = false;
            await app.getByRole('button', { name: 'Prøv igen' }).click();
            await app.getByRole('list', { name: 'Dine medarbejdere' }).waitFor({ timeout: 15_000 });
            assert.deepEqual(errors, []);
          } finally {
            await close();
          }
        },
      },
      {
        name: 'local host page: side panel gets an SSO token the MUS service accepts, and shares to the stage',
        async run(browser) {
          const { page, errors, baseUrl, close } = await openHost(browser);
          try {
            await page.getByLabel('Bruger').selectOption({ label: `${LEADER} (Teamleder)` });
            await page.getByLabel('Visning').selectOption({ label: 'Møde: sidepanel' });
            const panel = page.frameLocator('#app-frame');
            await panel.getByRole('heading', { level: 1, name: 'MUS-samtalen' }).waitFor({ timeout: 15_000 });
            const frame = page.frames().find((f) => f.url().endsWith('/meeting.html'));
            assert.ok(frame, 'the side panel frame');

            const [ok, token] = await ask(frame, 'authentication.getAuthToken', [['api://mus'], [], false]);
            assert.equal(ok, true);
            const me = await frame.evaluate(async (bearer) => {
              const response = await fetch('/api/me', { headers: { authorization: `Bearer ${bearer}` } });
              return { status: response.status, body: await response.json() };
            }, token);
            assert.equal(me.status, 200, JSON.stringify(me.body));
            assert.equal(me.body.displayName, LEADER);
            assert.equal(me.body.roles.leader, true);

            const unknown = await ask(frame, 'people.selectPeople', []);
            assert.equal(unknown[0]?.errorCode, 100, 'unknown calls are answered "not supported"');

            const shared = await ask(frame, 'meeting.shareAppContentToStage', [
              `${baseUrl}/meeting.html`,
              { sharingProtocol: 'Collaborative' },
            ]);
            assert.deepEqual(shared, [null, true]);
            await page
              .frameLocator('#stage-frame')
              .getByRole('heading', { level: 1, name: 'MUS-samtalen på scenen' })
              .waitFor({ timeout: 15_000 });
            await page.screenshot({ path: join(outDir, 'host-meeting-shared.png') });
            assert.deepEqual(errors, []);
          } finally {
            await close();
          }
        },
      },
      {
        name: 'local host page: the meeting tab’s configuration page enables Save; Save stores meeting.html and shows it',
        async run(browser) {
          const { page, errors, baseUrl, close } = await openHost(browser);
          try {
            await page.getByLabel('Bruger').selectOption({ label: `${LEADER} (Teamleder)` });
            await page.getByLabel('Visning').selectOption({ label: 'Møde: tilføj MUS-fanen' });
            const app = page.frameLocator('#app-frame');
            await app
              .getByRole('heading', { level: 1, name: 'Tilføj MUS til mødet' })
              .waitFor({ timeout: 15_000 });
            const save = page.getByRole('button', { name: 'Gem' });
            await waitFor(() => save.isEnabled(), 'Save is enabled once the page says it is valid');
            assert.equal(await app.getByText('Denne Teams-klient kan ikke gemme fanen.').count(), 0);
            const calls = page.locator('#calls');
            assert.match(await calls.textContent(), /settings: registerHandler/);
            assert.match(await calls.textContent(), /settings: settings\.setValidityState/);
            await page.screenshot({ path: join(outDir, 'host-settings-valid.png') });

            await save.click();
            await page
              .getByRole('status')
              .getByText(`Fanen er gemt og viser ${baseUrl}/meeting.html`)
              .waitFor({ timeout: 15_000 });
            await app.getByRole('heading', { level: 1, name: 'MUS-samtalen' }).waitFor({ timeout: 15_000 });
            assert.equal(await page.locator('#app-frame').getAttribute('src'), `${baseUrl}/meeting.html`);
            await waitFor(
              async () => /sidePanel: getContext/.test(await calls.textContent()),
              'the saved tab opens in the side panel',
            );
            await page.screenshot({ path: join(outDir, 'host-settings-saved.png') });
            assert.deepEqual(errors, []);
          } finally {
            await close();
          }
        },
      },
      {
        name: 'local host page: says so, in Danish, when the sandbox does not answer',
        async run(browser) {
          const { baseUrl } = await env();
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          try {
            const page = await context.newPage();
            const nowhere = 'http://localhost:1';
            await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(nowhere)}`);
            await page
              .getByRole('status')
              .getByText(`Sandkassen svarer ikke på ${nowhere}. Kører npm start?`)
              .waitFor({ timeout: 10_000 });
            assert.equal(await page.locator('#app-frame').getAttribute('src'), null, 'no app is framed');
          } finally {
            await context.close();
          }
        },
      },
    ].concat(
      outlookHostTests({ env, outDir }),
      plannerTests({ env, outDir }),
      meetingTests({ env, outDir, webRoot: join(root, 'dist', 'web') }),
      conclusionTests({ env, outDir }),
      // After the planner booked Hanne's round: its meetings are the ones the live test opens.
      liveTests({ env, outDir }),
      a11yTests({ env, outDir }),
    ),
    close: async () => embedded?.close(),
  };
}
