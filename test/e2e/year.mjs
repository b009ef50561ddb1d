// A MUS year in fast-forward on its own embedded default (it moves the clock a year): Hanne and her employee
// hold their talk and sign the conclusion; the employee follows up the goal in the app; Hanne books the
// check-in; Teams tells them (the leader's signature, the check-in booked, the deadline near; not the booked
// check-in), each once; a year later the next round's conversation opens with "Siden sidst" filled in, for
// the employee and for Hanne.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startEmbedded } from './host.embedded.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const TIMEOUT = { timeout: 20_000 };
const DAY = 86_400_000;
// The MUS service's client id in the sandbox (src/service/config.ts SANDBOX_CLIENT).
const CLIENT_ID = 'f258b688-3305-532d-a5a3-02e5a672ec5f';
const GOAL = 'Lære at lede møder';
const NOTE = 'Kurset i mødeledelse er booket til maj';

async function json(response) {
  assert.ok(response.ok, `${response.url}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

/** The API as one person (a token from the sandbox's /oidc), and the sandbox's test controls. */
function world({ baseUrl, sandboxUrl }) {
  const sandbox = async (path, body) =>
    json(
      await fetch(`${sandboxUrl}${path}`, {
        ...(body
          ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
          : {}),
      }),
    );
  const as = async (upn) => {
    const { access_token: token } = await json(
      await fetch(`${sandboxUrl}/oidc/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'password',
          username: upn,
          scope: 'api://mus/access_as_user',
          client_id: CLIENT_ID,
        }),
      }),
    );
    return async (method, path, body, etag) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      if (etag) headers['if-match'] = etag;
      return json(await fetch(`${baseUrl}${path}`, { method, headers, body: body && JSON.stringify(body) }));
    };
  };
  const now = async () => new Date((await sandbox('/_sandbox/clock')).now);
  return {
    sandbox,
    as,
    now,
    advance: (advanceDays) => sandbox('/_sandbox/clock', { advanceDays }),
    /** The events in someone's calendar as Graph shows them to that person. */
    async events(upn) {
      const { access_token: token } = await json(
        await fetch(`${sandboxUrl}/oidc/token`, {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'password',
            username: upn,
            scope: 'https://graph.microsoft.com/Calendars.ReadWrite',
            client_id: CLIENT_ID,
          }),
        }),
      );
      const res = await fetch(`${sandboxUrl}/v1.0/me/events?$top=1000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await json(res)).value;
    },
    /** The Teams activity notifications sent so far: [activity type, recipient] each, sorted. */
    async reminders() {
      const { value } = await sandbox('/_sandbox/notifications');
      return value.map((n) => [n.body.activityType, n.recipientId]).sort();
    },
  };
}

/** Waits until the reminders sent so far are `expected` (each once), then a few more looks of the job. */
async function remindedOnce(w, expected) {
  let got = [];
  for (let i = 0; i < 150 && got.length < expected.length; i += 1) {
    got = await w.reminders();
    if (got.length < expected.length) await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(got, [...expected].sort(), 'the reminders sent');
  await new Promise((r) => setTimeout(r, 3000));
  assert.deepEqual(await w.reminders(), [...expected].sort(), 'no reminder sent twice');
}

export function yearTests({ root, outDir }) {
  let embedded;
  // The reminders' job looks every second here (an hour by default).
  const env = async () => (embedded ??= await startEmbedded(root, { MUS_REMINDERS_EVERY_SECONDS: '1' }));

  /** The personal tab as `name` (the host page's user list), in a Danish browser window. */
  async function personalTab(browser, name) {
    const { baseUrl, sandboxUrl } = await env();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(sandboxUrl)}`);
    const option = page.getByRole('option', { name: new RegExp(`^${name} \\(`) });
    await option.waitFor({ state: 'attached', ...TIMEOUT });
    await page.getByLabel('Bruger').selectOption({ label: (await option.textContent()).trim() });
    await page.getByLabel('Visning').selectOption({ label: 'Personlig fane' });
    return { page, app: page.frameLocator('#app-frame'), errors, close: () => context.close() };
  }

  async function shot(page, name, target) {
    await target.scrollIntoViewIfNeeded();
    await page.locator('#app-frame').screenshot({ path: join(outDir, name) });
  }

  return {
    tests: [
      {
        name: 'A year of MUS: held and signed, the goal followed up, reminders once each, next year opens with Siden sidst',
        async run(browser) {
          const w = world(await env());
          const users = (await w.sandbox('/_sandbox/users')).value;
          const hanne = users.find((u) => u.displayName === LEADER);
          const employee = users.find((u) => u.managerId === hanne.id);
          const [leaderApi, employeeApi] = [
            await w.as(hanne.userPrincipalName),
            await w.as(employee.userPrincipalName),
          ];

          // The talk: planned, booked an hour ahead, the agenda agreed by both, the goal agreed, held.
          const made = await leaderApi('POST', '/api/rounds', {
            roundId: randomUUID(),
            title: 'MUS i år',
            conceptId: 'flexible',
            employeeIds: [employee.id],
          });
          const id = made.conversations[0].value.id;
          const path = `/api/conversations/${id}`;
          const step = async (api, route, body) =>
            api('POST', `${path}/${route}`, body, (await api('GET', `${path}/`)).etag);
          const start = (await w.now()).getTime() + 3_600_000;
          const slot = {
            start: new Date(start).toISOString(),
            end: new Date(start + 3_600_000).toISOString(),
          };
          await step(leaderApi, 'status', { event: 'book', slot });
          await step(leaderApi, 'agenda', { action: 'agree' });
          await step(employeeApi, 'agenda', { action: 'agree' });
          await w.advance(1);
          const talk = await w.now();
          const deadline = new Date(talk.getTime() + 120 * DAY).toISOString().slice(0, 10);
          const checkIn = new Date(talk.getTime() + 90 * DAY).toISOString().slice(0, 10);
          let goal = await leaderApi('POST', `${path}/goals`, {
            goalId: randomUUID(),
            goal: GOAL,
            deadline,
            activities: ['Kursus'],
          });
          goal = await leaderApi('POST', `${path}/goals/${goal.value.id}/agree`, {}, goal.etag);
          await employeeApi('POST', `${path}/goals/${goal.value.id}/agree`, {}, goal.etag);
          await step(leaderApi, 'status', { event: 'hold' });

          // Signed: Hanne first (Teams tells the employee), then the employee; the conversation is concluded.
          const topicId = made.conversations[0].value.agenda.items[0].topic.id;
          let conclusion = await leaderApi('PUT', `${path}/conclusion`, {
            summaries: { [topicId]: 'Et godt år; vi følger op midt på året.' },
            snapshotGoals: true,
            followUpDate: checkIn,
          });
          conclusion = await leaderApi('POST', `${path}/conclusion/sign`, {}, conclusion.etag);
          await remindedOnce(w, [['musSigned', employee.id]]);
          await employeeApi('POST', `${path}/conclusion/sign`, {}, conclusion.etag);
          await step(leaderApi, 'status', { event: 'conclude' });

          // The employee follows up the goal in Mine MUS.
          let tab = await personalTab(browser, employee.displayName);
          try {
            const item = tab.app.getByRole('listitem', { name: GOAL });
            await item.waitFor(TIMEOUT);
            await item.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'I gang' });
            await item.getByRole('textbox', { name: 'Note' }).fill(NOTE);
            await item.getByRole('button', { name: 'Gem opfølgning' }).click();
            await item.getByText('Opfølgningen er gemt.').waitFor(TIMEOUT);
            await item
              .getByRole('list', { name: `Opfølgning på ${GOAL}` })
              .getByText(NOTE, { exact: false })
              .waitFor(TIMEOUT);
            await shot(tab.page, 'year-1-goal-followed-up.png', item);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }

          // Hanne books the mid-year check-in from her Opfølgning: one Teams meeting through the booking job,
          // labelled MUS-opfølgning, with the open goal as its agenda (Teams tells the employee it is booked).
          tab = await personalTab(browser, LEADER);
          try {
            await tab.app.getByRole('tab', { name: 'Opfølgning' }).click(TIMEOUT);
            const checkIn = tab.app.getByRole('region', { name: 'MUS-opfølgning' });
            await checkIn.getByRole('button', { name: 'Book MUS-opfølgning' }).click(TIMEOUT);
            await checkIn.getByText(/MUS-opfølgningen er booket/).waitFor({ timeout: 90_000 });
            await shot(tab.page, 'year-2-check-in-booked.png', checkIn);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }
          const meetings = await w.events(hanne.userPrincipalName);
          const followUp = meetings.filter((e) => e.body.content.includes(`MUS-opfølgning: ${GOAL}`));
          assert.equal(followUp.length, 1, 'one Teams meeting carries the goal as its agenda');
          assert.ok(followUp[0].isOnlineMeeting, 'a Teams meeting');
          assert.match(followUp[0].subject, /^MUS-opfølgning: /, 'labelled as a follow-up');
          const booked = [['musBooked', employee.id]];

          // The check-in date a week ahead: booked already, so nobody is reminded of it. Then the deadline ten
          // days ahead: both reminded of it, once.
          await w.advance(85);
          await remindedOnce(w, [['musSigned', employee.id], ...booked]);
          await w.advance(26);
          const deadlineNear = [
            ['musGoalDeadline', employee.id],
            ['musGoalDeadline', hanne.id],
          ];
          await remindedOnce(w, [['musSigned', employee.id], ...booked, ...deadlineNear]);

          // A year after the talk: Hanne plans next year's round; its conversation opens with Siden sidst.
          await w.advance(365 - 111);
          const next = await leaderApi('POST', '/api/rounds', {
            roundId: randomUUID(),
            title: 'MUS næste år',
            conceptId: 'flexible',
            employeeIds: [employee.id],
          });
          assert.equal(next.round.value.year, (await w.now()).getUTCFullYear());
          for (const [who, section] of [
            [employee.displayName, undefined],
            [LEADER, 'Opfølgning'],
          ]) {
            tab = await personalTab(browser, who);
            try {
              if (section) await tab.app.getByRole('tab', { name: section }).click(TIMEOUT);
              // Next year's conversation (not yet booked: no date in its title), not the check-in.
              const card = tab.app.getByRole('region', {
                name: section ? `MUS med ${employee.displayName}` : `Din MUS med ${LEADER}`,
                exact: true,
              });
              const since = card.getByRole('list', { name: 'Mål fra sidste samtale' });
              await since.waitFor(TIMEOUT);
              const item = since.getByRole('listitem', { name: GOAL });
              assert.match(await item.innerText(), /I gang · Frist/);
              assert.match(await item.innerText(), new RegExp(`Seneste opfølgning .*${NOTE}`));
              await shot(
                tab.page,
                `year-${section ? 4 : 3}-since-last-${section ? 'leader' : 'employee'}.png`,
                since,
              );
              assert.deepEqual(tab.errors, []);
            } finally {
              await tab.close();
            }
          }
          // Overdue now, the goal was reminded of once: still each reminder once.
          await remindedOnce(w, [['musSigned', employee.id], ...booked, ...deadlineNear]);
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
