// Browser test of the live layer in the meeting side panel, on the real embedded default (sandbox, MUS
// service, local Fluid service), after the planner tests booked Hanne's round: Hanne and one of her
// employees open the same meeting's side panel in two windows; each sees the other's typing within 2 s;
// the employee goes offline, types, comes back, and nothing is lost.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openOnEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 30_000 };
const LIVE_MS = 2000;

async function json(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, `${url}: ${res.status}`);
  return (await res.json()).value;
}

/** A MUS meeting of Hanne's booked round, and the employee in it. */
async function bookedMeeting(sandboxUrl) {
  const users = await json(`${sandboxUrl}/_sandbox/users`);
  const leader = users.find((u) => u.displayName === LEADER);
  const theirs = (upn) => json(`${sandboxUrl}/_sandbox/users/${encodeURIComponent(upn)}/meetings`);
  const mus = new Set((await theirs(leader.userPrincipalName)).filter((m) => m.mus).map((m) => m.chatId));
  // The last of her employees: the planner tests change the first one's agenda (a proposed topic).
  for (const employee of users.filter((u) => u.managerId === leader.id).reverse()) {
    const shared = (await theirs(employee.userPrincipalName)).find((m) => mus.has(m.chatId));
    if (shared) return { chatId: shared.chatId, leader, employee };
  }
  throw new Error('no booked MUS meeting of Hanne’s (the planner tests book them)');
}

export function liveTests({ env, outDir }) {
  async function panel(browser, user, chatId) {
    const query = `user=${encodeURIComponent(user.userPrincipalName)}&surface=sidePanel&meeting=${encodeURIComponent(chatId)}`;
    const opened = await openOnEmbedded(browser, await env(), `/host/`, query);
    const app = opened.page.frameLocator('#app-frame');
    return { ...opened, app };
  }

  /** The agenda's topics in order: each header reads "1. <title>"; a shared note is named by the title. */
  async function agenda(app) {
    const headers = app.getByRole('heading', { level: 3 });
    await headers.first().waitFor(TIMEOUT);
    const texts = (await headers.allTextContents()).map((t) => t.trim());
    return texts
      .map((header) => ({ header, title: /^\d+\.\s*(.*)$/.exec(header)?.[1] }))
      .filter((topic) => topic.title);
  }
  /** Opens a topic (one is open at a time; opening another saves what is typed). */
  const openTopic = (app, topic) => app.getByRole('button', { name: topic.header, exact: true }).click();

  const note = (app, name) => app.getByRole('textbox', { name, exact: true });
  /** Waits until the field shows `text`; answers how long that took. */
  async function seen(app, name, text, timeout) {
    const started = Date.now();
    await note(app, name).evaluate(
      (el, { text, timeout }) =>
        new Promise((resolve, reject) => {
          const until = Date.now() + timeout;
          const check = () => {
            if (el.value === text) resolve();
            else if (Date.now() > until) reject(new Error(`not seen within ${timeout} ms: ${text}`));
            else setTimeout(check, 20);
          };
          check();
        }),
      { text, timeout },
    );
    return Date.now() - started;
  }

  return [
    {
      name: 'live: leader and employee each see the other’s typing within 2 s; offline typing is kept and shared when back',
      async run(browser) {
        const { sandboxUrl } = await env();
        const { chatId, leader, employee } = await bookedMeeting(sandboxUrl);
        const lead = await panel(browser, leader, chatId);
        const emp = await panel(browser, employee, chatId);
        try {
          const topics = await agenda(lead.app);
          assert.ok(topics.length >= 2, `two topics (found ${topics.map((t) => t.header).join(', ')})`);
          const [a, b] = topics;
          const [first, second] = [a.title, b.title];
          await note(lead.app, first).waitFor(TIMEOUT);
          await agenda(emp.app);
          await openTopic(emp.app, b);
          await note(emp.app, second).waitFor(TIMEOUT);
          await lead.page.screenshot({ path: join(outDir, 'live-1-leader-opened.png') });

          // The leader types in the first topic while the employee types in the second.
          const leaderText = 'Hanne: trivslen er god i teamet';
          const employeeText = 'Medarbejder: jeg vil gerne lære Power BI';
          await Promise.all([
            note(lead.app, first).pressSequentially(leaderText, { delay: 5 }),
            note(emp.app, second).pressSequentially(employeeText, { delay: 5 }),
          ]);
          const typed = Date.now();
          await Promise.all([openTopic(lead.app, b), openTopic(emp.app, a)]);
          await Promise.all([
            seen(lead.app, second, employeeText, LIVE_MS),
            seen(emp.app, first, leaderText, LIVE_MS),
          ]);
          console.log(
            `      live: each saw the other's text ${Date.now() - typed} ms after typing (topic opened meanwhile)`,
          );
          await lead.page.screenshot({ path: join(outDir, 'live-2-leader-sees-employee.png') });
          await emp.page.screenshot({ path: join(outDir, 'live-3-employee-sees-leader.png') });

          // The employee goes offline, types more in the second topic, and comes back.
          await openTopic(emp.app, b);
          await emp.page.context().setOffline(true);
          const offline = `${employeeText} – og skrevet offline`;
          await note(emp.app, second).fill(offline);
          await emp.page.screenshot({ path: join(outDir, 'live-4-employee-offline.png') });
          await emp.page.waitForTimeout(3000);
          assert.equal(
            await note(lead.app, second).inputValue(),
            employeeText,
            'nothing arrives while offline',
          );
          await emp.page.context().setOffline(false);
          const back = await seen(lead.app, second, offline, 20_000);
          console.log(`      live: offline typing reached the leader ${back} ms after coming back`);
          await lead.page.screenshot({ path: join(outDir, 'live-5-leader-after-offline.png') });
          assert.equal(await note(emp.app, second).inputValue(), offline);

          // Nothing lost: saved when back online; the leader's panel, reloaded, shows it.
          await emp.page.waitForTimeout(2500);
          await lead.page.reload();
          await openTopic(lead.app, (await agenda(lead.app))[1]);
          await seen(lead.app, second, offline, 10_000);
          await lead.page.screenshot({ path: join(outDir, 'live-6-leader-reloaded.png') });
          assert.deepEqual([...lead.errors, ...emp.errors], []);
        } finally {
          await lead.close();
          await emp.close();
        }
      },
    },
  ];
}
