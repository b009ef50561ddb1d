// Browser tests of HR's overview in the personal tab, on their own embedded default: Hanne plans a round
// through the API; Camilla (HR-partner) opens the tab, sees Hanne's round as counts, drills down to the
// round and sees no person's name; the same in English. Then the leader of the largest team holds five
// conversations with goals and evaluations (through the API): Camilla sees the charts, a bar only for a group of 5 or more, at 1280 px in
// Teams light and dark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { violations } from './a11y.mjs';
import { startEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const HR = 'Camilla Lykke Andersen';
const TIMEOUT = { timeout: 20_000 };
const CHART_ROUND = 'MUS 2026 stor afdeling';
const SMALL_ROUND = 'MUS 2026 lille afdeling';
const UNDER_5 = 'Færre end 5 — vises ikke';
// The MUS service's client id in the sandbox (src/service/config.ts SANDBOX_CLIENT).
const CLIENT_ID = 'f258b688-3305-532d-a5a3-02e5a672ec5f';

/** The contrast ratio (1-21) of two CSS rgb() colours. */
function contrast(a, b) {
  const luminance = (color) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

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

/** A call of the MUS API as `token`'s person; `etag` sends If-Match. */
async function api(baseUrl, token, method, path, body, etag) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (etag) headers['if-match'] = etag;
  const init = { method, headers, ...(body && { body: JSON.stringify(body) }) };
  return json(await fetch(`${baseUrl}${path}`, init));
}

/**
 * `leader` plans a round of `employees` and holds each conversation: booked to start in a few seconds, the
 * agenda agreed by both, held once the start has passed; then the goals of `goals(i)` (categories) are added
 * and each employee rates the conversation 4.
 */
async function heldRound({ baseUrl, sandboxUrl }, leader, employees, title, goals) {
  const lead = await tokenOf(sandboxUrl, leader.userPrincipalName);
  const round = await api(baseUrl, lead, 'POST', '/api/rounds', {
    roundId: crypto.randomUUID(),
    title,
    conceptId: 'flexible',
    employeeIds: employees.map((u) => u.id),
  });
  const step = async (token, id, route, body) => {
    const current = await api(baseUrl, token, 'GET', `/api/conversations/${id}`);
    return api(baseUrl, token, 'POST', `/api/conversations/${id}/${route}`, body, current.etag);
  };
  const start = Date.now() + 8_000;
  const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
  const people = await Promise.all(
    round.conversations.map(async ({ value: c }) => {
      const own = await tokenOf(sandboxUrl, employees.find((u) => u.id === c.employeeId).userPrincipalName);
      await step(lead, c.id, 'status', { event: 'book', slot });
      await step(lead, c.id, 'agenda', { action: 'agree' });
      await step(own, c.id, 'agenda', { action: 'agree' });
      return { id: c.id, own };
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now()) + 300));
  for (const [i, { id, own }] of people.entries()) {
    await step(lead, id, 'status', { event: 'hold' });
    for (const category of goals(i))
      await api(baseUrl, lead, 'POST', `/api/conversations/${id}/goals`, {
        goalId: crypto.randomUUID(),
        goal: 'Et udviklingsmål',
        deadline: '2027-06-30',
        category,
      });
    await api(baseUrl, own, 'PUT', `/api/conversations/${id}/evaluation`, { rating: 4 });
  }
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
      {
        name: 'HR charts: needs by topic and category, evaluations; a bar only from 5 people on, light, dark and contrast (forced colours) at 1280 px, axe',
        async run(browser) {
          const embedded = await env();
          const users = (await json(await fetch(`${embedded.sandboxUrl}/_sandbox/users`))).value;
          // The leaders of the two largest teams besides Hanne's.
          const teams = new Map();
          for (const u of users.filter((x) => x.managerId))
            teams.set(u.managerId, [...(teams.get(u.managerId) ?? []), u]);
          const others = [...teams].filter(([id]) => users.find((u) => u.id === id).displayName !== LEADER);
          const [[leaderId, team], [smallId, small]] = others.sort((a, b) => b[1].length - a[1].length);
          const leader = users.find((u) => u.id === leaderId);
          // A round of two (planned only): its evaluation is never shown.
          await api(
            embedded.baseUrl,
            await tokenOf(embedded.sandboxUrl, users.find((u) => u.id === smallId).userPrincipalName),
            'POST',
            '/api/rounds',
            {
              roundId: crypto.randomUUID(),
              title: SMALL_ROUND,
              conceptId: 'flexible',
              employeeIds: small.slice(0, 2).map((u) => u.id),
            },
          );
          // Faglig udvikling for all five, trivsel for two (under 5: no bar).
          await heldRound(embedded, leader, team.slice(0, 5), CHART_ROUND, (i) =>
            i < 2 ? ['professional', 'wellbeing'] : ['professional'],
          );
          // Teams light and dark; Teams high contrast in Windows' dark contrast theme (forced colours: Canvas
          // black) and in a light one (Canvas white: Teams' contrast cyan was 1.3:1 on it).
          for (const [theme, forced] of [
            ['default'],
            ['dark'],
            ['contrast', 'dark'],
            ['contrast', 'light'],
          ]) {
            const variant = forced ? `${theme}-forced-${forced}` : theme;
            const context = await browser.newContext({
              viewport: { width: 1280, height: 900 },
              locale: 'da-DK',
            });
            const page = await context.newPage();
            if (forced) await page.emulateMedia({ forcedColors: 'active', colorScheme: forced });
            const errors = [];
            page.on('pageerror', (error) => errors.push(error));
            try {
              const hr = users.find((u) => u.displayName === HR);
              const query = new URLSearchParams({
                sandbox: embedded.sandboxUrl,
                user: hr.userPrincipalName,
                surface: 'content',
                theme,
              });
              await page.goto(`${embedded.baseUrl}/host/?${query}`);
              const app = page.frameLocator('#app-frame');
              await app.getByRole('tab', { name: 'HR-overblik' }).click(TIMEOUT);
              const charts = app.getByRole('region', { name: 'Udviklingsbehov og resultater' });
              const categories = charts.getByRole('region', { name: 'Udviklingsmål efter kategori' });
              const table = categories.getByRole('table', { name: 'Udviklingsmål efter kategori som tabel' });
              await table.waitFor(TIMEOUT);
              const row = (name) => table.getByRole('row', { name: new RegExp(`^${name}`) });
              assert.equal(await row('Faglig udvikling').getByRole('cell').textContent(), '5');
              assert.equal(await row('Trivsel').getByRole('cell').textContent(), UNDER_5);
              // A category nobody has is under 5 too (no 0 beside "Færre end 5").
              assert.equal(await row('Personlig udvikling').getByRole('cell').textContent(), UNDER_5);
              // One bar (Faglig udvikling): none for Trivsel's two people, none for the empty categories.
              const bars = categories.locator('svg rect[role="option"]');
              await bars.first().waitFor(TIMEOUT);
              assert.equal(await bars.count(), 1);
              assert.match(await bars.first().getAttribute('aria-label'), /Faglig udvikling/);
              const evaluations = charts.getByRole('region', { name: 'Evaluering af samtalerne (1-5)' });
              const ratings = evaluations.getByRole('table', {
                name: 'Evaluering af samtalerne (1-5) som tabel',
              });
              const held = ratings.getByRole('row', { name: new RegExp(CHART_ROUND) });
              assert.equal(await held.getByRole('cell').textContent(), '4 af 5 (5 personer)');
              const smallRound = ratings.getByRole('row', { name: new RegExp(SMALL_ROUND) });
              assert.equal(await smallRound.getByRole('cell').textContent(), UNDER_5);
              assert.equal(await evaluations.locator('svg rect[role="option"]').count(), 1);
              // The overview's table fits the tab: its last column ("Forsinket") is not cut off.
              const overview = app.getByRole('table', { name: 'Samtaler pr. leder og runde efter status' });
              const fits = await overview.evaluate(
                (t) => t.parentElement.scrollWidth <= t.parentElement.clientWidth,
              );
              assert.ok(fits, 'the overview table fits at 1280 px');
              // Nothing lies over the table: the charts' tooltips' portals take no room (a portal that took the
              // page's height once hid the table and caught its clicks).
              const covered = await app
                .locator('[data-portal-node]')
                .evaluateAll((nodes) => nodes.filter((n) => n.getBoundingClientRect().height > 0).length);
              assert.equal(covered, 0, 'no portal covers the page');
              // Axe over the whole tab with its charts: no serious or critical violation. Fluent's focus guards
              // (tabster's `<i data-tabster-dummy tabindex="0" aria-hidden="true">` around the tab list and each
              // chart's arrow-key group) are left out: focusable and hidden by design, they pass focus on at once
              // (microsoft/fluentui#27517, "Resolution: By Design").
              const found = await violations(page, '#app-frame', ['[data-tabster-dummy]']);
              assert.deepEqual(found, [], `axe in ${variant}`);
              // Each bar stands out from the page behind it by 3:1 or more (WCAG 1.4.11), forced colours too.
              for (const bar of await charts.locator('svg rect[role="option"]').all()) {
                const [fill, behind] = await bar.evaluate((el) => {
                  // The first element behind it with a colour (transparent is rgba(…, 0)), else the Canvas.
                  const colour = (e) => getComputedStyle(e).backgroundColor;
                  let host = el.closest('svg').parentElement;
                  while (host && /, 0\)$/.test(colour(host))) host = host.parentElement;
                  if (host) return [getComputedStyle(el).fill, colour(host)];
                  const canvas = document.body.appendChild(document.createElement('div'));
                  canvas.style.backgroundColor = 'Canvas';
                  const behind = colour(canvas);
                  canvas.remove();
                  return [getComputedStyle(el).fill, behind];
                });
                const label = await bar.getAttribute('aria-label');
                assert.ok(contrast(fill, behind) >= 3, `${label} in ${variant}: ${fill} on ${behind}`);
              }
              // What HR sees at 1280 px: the table, then the charts scrolled into view.
              const shots = [
                ['table', overview],
                ['charts', charts.getByRole('region', { name: 'Udviklingsbehov efter emne' })],
                ['categories', categories],
                ['evaluations', evaluations],
              ];
              for (const [name, shown] of shots) {
                await shown.evaluate((e) => e.scrollIntoView({ block: 'start' }));
                await page.waitForTimeout(300);
                await page.screenshot({ path: join(outDir, `hr-4-${name}-${variant}.png`) });
              }
              assert.deepEqual(errors, []);
            } finally {
              await context.close();
            }
          }
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
