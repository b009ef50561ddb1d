// Browser tests of what comes after the conversation, on their own embedded default (they move its clock a
// year forward, which no other test should see): Hanne takes MUS-testen for this year's round and sees her
// score; a year later (POST /_sandbox/clock) she takes it for the next round and sees both years.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 20_000 };
// The MUS service's client id in the sandbox (src/service/config.ts SANDBOX_CLIENT).
const CLIENT_ID = 'f258b688-3305-532d-a5a3-02e5a672ec5f';

async function json(response) {
  assert.ok(response.ok, `${response.url}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

/** Hanne plans a round for her reports through the API (the planner's own e2e covers the form). */
async function planRound({ baseUrl, sandboxUrl }, title) {
  const users = (await json(await fetch(`${sandboxUrl}/_sandbox/users`))).value;
  const hanne = users.find((u) => u.displayName === LEADER);
  const reports = users.filter((u) => u.managerId === hanne.id).map((u) => u.id);
  const { access_token: token } = await json(
    await fetch(`${sandboxUrl}/oidc/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: hanne.userPrincipalName,
        scope: 'api://mus/access_as_user',
        client_id: CLIENT_ID,
      }),
    }),
  );
  const made = await json(
    await fetch(`${baseUrl}/api/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        roundId: crypto.randomUUID(),
        title,
        conceptId: 'flexible',
        employeeIds: reports,
      }),
    }),
  );
  return made.round.value;
}

export function afterTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root));

  async function openMusTest(browser) {
    const { baseUrl, sandboxUrl } = await env();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(sandboxUrl)}`);
    await page.getByRole('option', { name: new RegExp(LEADER) }).waitFor({ state: 'attached', ...TIMEOUT });
    await page.getByLabel('Bruger').selectOption({ label: `${LEADER} (Teamleder)` });
    await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
    const app = page.frameLocator('#app-frame');
    await app.getByRole('tab', { name: 'MUS-testen' }).click(TIMEOUT);
    return { page, app, errors, close: () => context.close() };
  }

  /** Answers each statement: `pick(i)` names the answer of the i-th statement. */
  async function answer(app, pick) {
    const groups = app.getByRole('radiogroup');
    await groups.first().waitFor(TIMEOUT);
    assert.equal(await groups.count(), 20, 'the 20 statements of MUS-testen');
    for (let i = 0; i < 20; i += 1)
      await groups
        .nth(i)
        .getByRole('radio', { name: pick(i) })
        .check();
    await app.getByRole('button', { name: 'Se mit resultat' }).click();
  }

  async function shot(page, app, name, target) {
    await target.scrollIntoViewIfNeeded();
    await page.locator('#app-frame').screenshot({ path: join(outDir, name) });
  }

  return {
    tests: [
      {
        name: 'MUS-testen: Hanne answers the 20 statements, sees her score; a year later both years',
        async run(browser) {
          const where = await env();
          const first = await planRound(where, 'MUS-runde i år');
          let open = await openMusTest(browser);
          try {
            await open.app
              .getByRole('form', { name: `MUS-testen for MUS-runde i år (${first.year})` })
              .waitFor(TIMEOUT);
            await shot(
              open.page,
              open.app,
              'after-1-mus-test-form.png',
              open.app.getByRole('radiogroup').first(),
            );
            await answer(open.app, (i) => (i < 5 ? 'Altid' : i < 12 ? 'Oftest' : 'Af og til'));
            const result = open.app.getByRole('listitem', { name: `Resultat ${first.year}` });
            // 5 × 5 + 7 × 4 + 8 × 3 = 77 of 100.
            await result.getByRole('heading', { name: `${first.year}: 77 af 100 point` }).waitFor(TIMEOUT);
            const total = await result
              .getByRole('row', { name: /^I alt/ })
              .getByRole('cell')
              .allTextContents();
            assert.deepEqual(total, ['0', '0', '8', '7', '5', '77 af 100']);
            await shot(open.page, open.app, 'after-2-mus-test-score.png', result);
            assert.deepEqual(open.errors, []);
          } finally {
            await open.close();
          }

          const clock = await json(
            await fetch(`${where.sandboxUrl}/_sandbox/clock`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ advanceDays: 365 }),
            }),
          );
          const serviceClock = await json(await fetch(`${where.baseUrl}/_sandbox/clock`));
          assert.equal(serviceClock.now.slice(0, 10), clock.now.slice(0, 10), 'service and sandbox agree');
          const next = await planRound(where, 'MUS-runde næste år');
          assert.equal(next.year, Number(clock.now.slice(0, 4)));

          open = await openMusTest(browser);
          try {
            await open.app
              .getByRole('form', { name: `MUS-testen for MUS-runde næste år (${next.year})` })
              .waitFor(TIMEOUT);
            await answer(open.app, () => 'Altid');
            const years = open.app.getByRole('list', { name: 'Resultater år for år' });
            await years.getByRole('heading', { name: `${next.year}: 100 af 100 point` }).waitFor(TIMEOUT);
            const labels = await years
              .getByRole('listitem')
              .evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')));
            assert.deepEqual(labels, [`Resultat ${next.year}`, `Resultat ${first.year}`]);
            await shot(open.page, open.app, 'after-3-mus-test-two-years.png', years);
            assert.deepEqual(open.errors, []);
          } finally {
            await open.close();
          }
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
