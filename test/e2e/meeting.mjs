// Browser test of the meeting side panel and stage through the local Teams host page on the real embedded
// default: Hanne and one of her employees open the same booked meeting (booked by the planner's test) in two
// windows, each writes a note in a different topic, after a reload each sees the other's saved text; they add
// a goal and both agree; Hanne shares the form to the stage. Screenshots in light, dark and high contrast.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 20_000 };

async function json(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return response.json();
}

/** Hanne's first MUS meeting and the employee who is in it (from their calendars in the sandbox). */
async function bookedMeeting(sandboxUrl) {
  const users = (await json(`${sandboxUrl}/_sandbox/users`)).value;
  const hanne = users.find((u) => u.displayName === LEADER);
  const meetingsOf = async (u) =>
    (await json(`${sandboxUrl}/_sandbox/users/${encodeURIComponent(u.userPrincipalName)}/meetings`)).value;
  const chatIds = new Set((await meetingsOf(hanne)).filter((m) => m.mus).map((m) => m.chatId));
  for (const employee of users.filter((u) => u.managerId === hanne.id)) {
    // Their own conversation's meeting (the subject names them), not one they are only invited to.
    const shared = (await meetingsOf(employee)).find(
      (m) => chatIds.has(m.chatId) && m.subject.includes(employee.displayName),
    );
    if (shared) return { hanne, employee, chatId: shared.chatId };
  }
  throw new Error('Hanne has no booked MUS meeting (the planner test books them)');
}

export function meetingTests({ env, outDir, webRoot }) {
  async function openPanel(browser, user, chatId) {
    const { baseUrl, sandboxUrl } = await env();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors = [];
    const scripts = new Set();
    page.on('pageerror', (error) => errors.push(error));
    page.on('response', (r) => {
      if (r.url().endsWith('.js') && r.frame().url().endsWith('/meeting.html')) scripts.add(r.url());
    });
    const allowed = new Set([baseUrl, sandboxUrl].map((url) => new URL(url).origin));
    await page.route('**/*', (route) =>
      allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort(),
    );
    const query = new URLSearchParams({
      sandbox: sandboxUrl,
      user: user.userPrincipalName,
      surface: 'sidePanel',
      meeting: chatId,
    });
    await page.goto(`${baseUrl}/host/?${query}`);
    const app = page.frameLocator('#app-frame');
    try {
      await app.getByRole('region', { name: 'Dagsorden' }).waitFor(TIMEOUT);
    } catch (error) {
      await page.screenshot({ path: join(outDir, `meeting-failed-${user.userPrincipalName}.png`) });
      throw error;
    }
    return { page, app, errors, scripts, close: () => context.close() };
  }

  /** The topics' titles in agenda order, from the accordion's headers ("1. Trivsel" → "Trivsel"). */
  async function topics(app) {
    const headers = await app
      .getByRole('region', { name: 'Dagsorden' })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    return headers.map((h) => h.replace(/^\d+\.\s*/, ''));
  }

  async function openTopic(app, title) {
    const header = app.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}$`) });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  }

  return [
    {
      name: 'meeting: Hanne and her employee write notes in two topics, see each other’s after a reload, add a goal and both agree',
      async run(browser) {
        const { sandboxUrl } = await env();
        const { hanne, employee, chatId } = await bookedMeeting(sandboxUrl);
        const leader = await openPanel(browser, hanne, chatId);
        const staff = await openPanel(browser, employee, chatId);
        try {
          const titles = await topics(leader.app);
          assert.deepEqual(await topics(staff.app), titles, 'both see the same agenda');
          const [first, second] = titles;
          const goals = titles.at(-1);
          assert.equal(goals, 'Udviklingsmål og udviklingsaktiviteter');

          // Hanne types in the first topic (open at start); the employee opens the second by keyboard only.
          await leader.app
            .getByRole('textbox', { name: first, exact: true })
            .fill('Hanne: godt år, travlt forår.');
          const header = staff.app.getByRole('button', { name: `2. ${second}` });
          await header.focus();
          await staff.page.keyboard.press('Enter');
          await staff.page.keyboard.press('Tab');
          await staff.page.keyboard.type('Medarbejder: mere tid til sparring.');
          assert.equal(
            await staff.app.getByRole('textbox', { name: second, exact: true }).inputValue(),
            'Medarbejder: mere tid til sparring.',
          );
          await staff.app.getByRole('textbox', { name: `Privat note – ${second}` }).fill('Kun til mig selv.');
          for (const side of [leader, staff])
            await side.app
              .getByText(/Fælles note: I ser begge teksten\. Gemt kl\./)
              .first()
              .waitFor(TIMEOUT);
          await staff.app.getByText(/Kun du ser den\. .*Gemt kl\./).waitFor(TIMEOUT);
          await leader.page.screenshot({ path: join(outDir, 'meeting-sidepanel-light.png') });

          // After a reload, each sees the other's saved text; nobody sees the other's private note.
          await Promise.all([leader.page.reload(), staff.page.reload()]);
          for (const side of [leader, staff])
            await side.app.getByRole('region', { name: 'Dagsorden' }).waitFor(TIMEOUT);
          await openTopic(leader.app, second);
          assert.equal(
            await leader.app.getByRole('textbox', { name: second, exact: true }).inputValue(),
            'Medarbejder: mere tid til sparring.',
          );
          assert.equal(
            await leader.app.getByRole('textbox', { name: `Privat note – ${second}` }).inputValue(),
            '',
          );
          await openTopic(staff.app, first);
          assert.equal(
            await staff.app.getByRole('textbox', { name: first, exact: true }).inputValue(),
            'Hanne: godt år, travlt forår.',
          );
          await openTopic(staff.app, second);
          assert.equal(
            await staff.app.getByRole('textbox', { name: `Privat note – ${second}` }).inputValue(),
            'Kun til mig selv.',
          );

          // A goal: Hanne adds it and agrees, the employee agrees after a reload, and both see it agreed.
          await openTopic(leader.app, goals);
          const form = leader.app.getByRole('form', { name: 'Nyt mål' });
          await form.getByRole('textbox', { name: 'Mål' }).fill('Lære Power BI');
          await form.getByRole('textbox', { name: /Aktiviteter/ }).fill('Kursus\nSidemandsoplæring');
          await form.getByLabel('Frist').fill('2027-06-30');
          await form.getByRole('button', { name: 'Tilføj målet' }).click();
          const agree = (side) => side.app.getByRole('button', { name: 'Jeg er enig i målet Lære Power BI' });
          await agree(leader).click();
          await leader.app.getByText('Enige: Leder').waitFor(TIMEOUT);
          await staff.page.reload();
          await openTopic(staff.app, goals);
          await agree(staff).click();
          await staff.app.getByText('I er begge enige').waitFor(TIMEOUT);
          await leader.page.reload();
          await openTopic(leader.app, goals);
          await leader.app.getByText('I er begge enige').waitFor(TIMEOUT);
          assert.equal(await agree(leader).count(), 0);
          await leader.app.getByRole('heading', { level: 5, name: 'Lære Power BI' }).scrollIntoViewIfNeeded();
          await leader.page.screenshot({ path: join(outDir, 'meeting-goals-agreed.png') });

          // "Del på scenen": the host shows the stage with the same form, large.
          await leader.app.getByRole('button', { name: 'Del på scenen' }).click();
          const stage = leader.page.frameLocator('#stage-frame');
          await stage.getByRole('heading', { level: 1, name: 'MUS-samtalen på scenen' }).waitFor(TIMEOUT);
          await stage.getByRole('textbox', { name: first, exact: true }).waitFor(TIMEOUT);
          await leader.page.screenshot({ path: join(outDir, 'meeting-stage-light.png') });
          for (const [label, name] of [
            ['Mørkt', 'dark'],
            ['Høj kontrast', 'contrast'],
          ]) {
            await leader.page.getByLabel('Tema').selectOption({ label });
            await leader.page.waitForTimeout(500);
            await leader.page.screenshot({ path: join(outDir, `meeting-stage-${name}.png`) });
            await staff.page.getByLabel('Tema').selectOption({ label });
            await staff.page.waitForTimeout(500);
            await staff.page.screenshot({ path: join(outDir, `meeting-sidepanel-${name}.png`) });
          }

          // What the side panel loaded: its scripts, gzipped as a server would send them.
          const sizes = [...staff.scripts].map(
            (url) => gzipSync(readFileSync(join(webRoot, new URL(url).pathname))).length,
          );
          const total = Math.round(sizes.reduce((a, b) => a + b, 0) / 1024);
          console.log(
            `  meeting side panel: ${sizes.length} scripts, ${total} KB gzipped in all (page's initial scripts: see npm run bench)`,
          );
          assert.deepEqual([...leader.errors, ...staff.errors], []);
        } finally {
          await leader.close();
          await staff.close();
        }
      },
    },
  ];
}
