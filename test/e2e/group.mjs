// Browser test of a group conversation (GRUS), on its own embedded default (it moves the clock to the
// meeting): Hanne creates a GRUS for 5 of her reports in the round planner, booked as ONE Teams meeting with
// the 5 as attendees; a member sees it in Mine MUS and opens it in the meeting's side panel (the goals read
// only, no preparation of their own, the shared note for the whole group); Hanne and the
// representative sign the group plan, which the member sees signed; another member asks for an individual
// MUS instead, Hanne books the free time proposed for both in one click, and it is in the member's calendar
// and Mine MUS (and not in the others').
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startEmbedded } from './host.embedded.mjs';
import { openMeetingWindow } from './meetingWindow.mjs';
import { personalTab, TIMEOUT, world } from './yearWorld.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const GOAL = 'Fælles fredagsmøde om viden';

/** `YYYY-MM-DDT10:00` on the first weekday at least `days` days ahead: what a datetime-local input takes. */
function localStart(days, hour = 10) {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

export function groupTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root));

  const openTab = async (browser, name) => personalTab(browser, await env(), name);

  /** A picture of the personal tab or side panel frame, the whole height of its page. */
  async function shot(page, name) {
    const frame = page.locator('#app-frame');
    const inside = page.frames().find((f) => /\/(content|meeting)\.html/.test(f.url()));
    const height = await inside.evaluate(() => document.documentElement.scrollHeight);
    await frame.evaluate((f, h) => Object.assign(f.style, { flex: 'none', height: `${h}px` }), height);
    await frame.screenshot({ path: join(outDir, name) });
    await frame.evaluate((f) => f.removeAttribute('style'));
  }

  async function openRound(app, title) {
    await app.getByRole('tab', { name: 'MUS-runder' }).click(TIMEOUT);
    await app.getByRole('button', { name: title, exact: true }).click(TIMEOUT);
    return app.getByRole('region', { name: 'Gruppesamtaler (GRUS)' });
  }

  return {
    tests: [
      {
        name: 'GRUS: Hanne books a group of 5 as one meeting, the plan is signed, a member asks for an individual MUS and gets one booked',
        async run(browser) {
          const box = world(await env());
          /** The MUS meetings in someone's calendar, with their attendees, as Graph shows them to that person. */
          const musEvents = async (upn) =>
            (await box.events(upn)).filter((e) => e.categories.includes('MUS'));
          const users = (await box.sandbox('/_sandbox/users')).value;
          const hanne = users.find((u) => u.displayName === LEADER);
          const reports = users.filter((u) => u.managerId === hanne.id);
          const [representative, member, asker, other] = reports;
          const group = reports.slice(0, 5);
          const hanneApi = await box.as(hanne.userPrincipalName);
          const title = 'MUS 2027 med GRUS';
          await hanneApi('POST', '/api/rounds', {
            roundId: randomUUID(),
            title,
            conceptId: 'flexible',
            employeeIds: [reports[5].id],
          });

          // Hanne: the GRUS form in the round, a refusal first (3 members), then 5 members and booked.
          const lead = await openTab(browser, LEADER);
          let groupId;
          try {
            const card = await openRound(lead.app, title);
            const form = card.getByRole('form', { name: 'Ny GRUS' });
            for (const p of group.slice(0, 3))
              await form.getByRole('checkbox', { name: p.displayName }).check();
            await form.getByRole('button', { name: 'Opret og book GRUS' }).click();
            await form.getByText('Vælg mindst 4 deltagere.').waitFor(TIMEOUT);
            for (const p of group.slice(3)) await form.getByRole('checkbox', { name: p.displayName }).check();
            await form.getByRole('combobox').selectOption({ label: representative.displayName });
            await form.getByLabel('Mødets start').fill(localStart(1));
            await shot(lead.page, 'group-1-form.png');
            await form.getByRole('button', { name: 'Opret og book GRUS' }).click();
            await form
              .getByText('GRUS er booket som ét Teams-møde med 5 deltagere.')
              .waitFor({ timeout: 90_000 });
            const groups = card.getByRole('list', { name: 'Gruppesamtaler (GRUS)' });
            await groups.getByText('Booket').waitFor(TIMEOUT);
            await shot(lead.page, 'group-2-booked.png');
            assert.deepEqual(lead.errors, []);
          } finally {
            await lead.close();
          }
          const events = (await musEvents(hanne.userPrincipalName)).filter((e) => e.subject.includes('GRUS'));
          assert.equal(events.length, 1, 'one Teams meeting for the group');
          const attendees = events[0].attendees.map((a) => a.emailAddress.address.toLowerCase()).sort();
          assert.deepEqual(attendees, group.map((p) => p.userPrincipalName.toLowerCase()).sort());
          groupId = events[0].transactionId;

          // A member sees it in Mine MUS with the group's topics.
          const mine = await openTab(browser, member.displayName);
          try {
            const card = mine.app.getByRole('region', { name: 'Din gruppesamtale (GRUS)' });
            await card.waitFor(TIMEOUT);
            await card.getByRole('button', { name: 'Ønsk en individuel MUS i stedet' }).waitFor();
            await shot(mine.page, 'group-3-mine.png');
            assert.deepEqual(mine.errors, []);
          } finally {
            await mine.close();
          }

          // The meeting: the clock moves to a minute after its start; the leader and the representative agree
          // the agenda; everyone opens the side panel of the meeting's chat.
          const conversation = await hanneApi('GET', `/api/conversations/${groupId}`);
          const { chatId } = conversation.value.meeting;
          const start = Date.parse(conversation.value.slot.start);
          await box.sandbox('/_sandbox/clock', { now: new Date(start + 60_000).toISOString() });
          const windows = [];
          const open = async (upn) => {
            const w = await openMeetingWindow(browser, env, { upn, chat: chatId });
            windows.push(w);
            return w;
          };
          try {
            const leadPanel = await open(hanne.userPrincipalName);
            const repPanel = await open(representative.userPrincipalName);
            const memberPanel = await open(member.userPrincipalName);
            const path = `/api/conversations/${groupId}`;
            for (const who of [leadPanel, repPanel])
              await who.api('POST', `${path}/agenda`, { action: 'agree' }, (await who.api('GET', path)).etag);
            // The leader writes the group's goal; the leader and the representative agree it.
            let goal = await leadPanel.api('POST', `${path}/goals`, {
              goalId: randomUUID(),
              goal: GOAL,
              activities: ['Fredagsmøde'],
              deadline: '2027-06-30',
            });
            for (const who of [leadPanel, repPanel])
              goal = await who.api('POST', `${path}/goals/${goal.value.id}/agree`, {}, goal.etag);
            for (const w of windows) await w.page.reload();
            await memberPanel.app.getByText('Gruppesamtale (GRUS) · 5 deltagere').waitFor(TIMEOUT);
            await memberPanel.app.getByRole('button', { name: 'Ønsk en individuel MUS i stedet' }).waitFor();
            // A member has no preparation of their own and reads the goals: nothing to agree or edit.
            assert.equal(await memberPanel.app.getByText('Din forberedelse').count(), 0, 'no preparation');
            assert.equal(await memberPanel.app.getByText('Lederens forberedelse').count(), 0);
            await memberPanel.app
              .getByRole('button', { name: /Kompetenceudvikling og gruppeudvikling$/ })
              .click();
            const goals = memberPanel.app.getByRole('region', { name: 'Udviklingsmål' });
            await goals.getByRole('heading', { name: GOAL }).waitFor(TIMEOUT);
            await goals.getByText('Lederen og repræsentanten er enige').waitFor();
            assert.equal(await goals.getByRole('button').count(), 0, 'a member agrees and edits no goal');
            assert.equal(await goals.getByRole('form').count(), 0, 'a member adds no goal');
            await memberPanel.app
              .getByText(/^Fælles note: alle i gruppen ser teksten\./)
              .first()
              .waitFor();
            await shot(memberPanel.page, 'group-4-member-panel.png');
            await repPanel.app.getByText('Lederens forberedelse').first().waitFor();

            const leaderForm = leadPanel.app.getByRole('region', { name: 'Fælles konklusionsskema' });
            await leaderForm.getByRole('textbox').first().fill('Gruppen vil dele viden hver fredag.');
            await leaderForm.getByRole('button', { name: 'Underskriv' }).click();
            await leaderForm
              .getByText('Du har underskrevet. Venter på den anden underskrift.')
              .waitFor(TIMEOUT);
            await repPanel.page.reload();
            const repForm = repPanel.app.getByRole('region', { name: 'Fælles konklusionsskema' });
            await repForm.getByRole('button', { name: 'Underskriv' }).click(TIMEOUT);
            await repForm.getByText('I har begge underskrevet. Konklusionen er låst.').waitFor(TIMEOUT);
            await memberPanel.page.reload();
            const plan = memberPanel.app.getByRole('region', { name: 'Gruppeplanen' });
            await plan.getByText('Underskrevet af lederen og repræsentanten.').waitFor(TIMEOUT);
            await plan.getByText('Gruppen vil dele viden hver fredag.').waitFor();
            await shot(memberPanel.page, 'group-5-plan-signed.png');
            assert.deepEqual(
              windows.flatMap((w) => w.errors),
              [],
            );
          } finally {
            for (const w of windows) await w.close();
          }

          // Another member asks for an individual MUS instead, in Mine MUS.
          const ask = await openTab(browser, asker.displayName);
          try {
            const card = ask.app.getByRole('region', { name: 'Din gruppesamtale (GRUS)' });
            await card.getByRole('button', { name: 'Ønsk en individuel MUS i stedet' }).click(TIMEOUT);
            await card.getByText(/Din individuelle MUS er oprettet/).waitFor(TIMEOUT);
            await shot(ask.page, 'group-6-asked.png');
          } finally {
            await ask.close();
          }

          // Hanne sees the request in the round and books it (after the meeting, on the moved clock).
          const lead2 = await openTab(browser, LEADER);
          try {
            const card = await openRound(lead2.app, title);
            const request = card.getByRole('listitem', {
              name: `${asker.displayName} ønsker en individuel MUS`,
            });
            // A free time for both is proposed (their calendars), booked in one click.
            const proposed = request.getByText(/^Forslag: .*\. I er begge ledige\.$/);
            await proposed.waitFor(TIMEOUT);
            const when = /^Forslag: (.*)\. I er begge ledige\.$/.exec(await proposed.textContent())[1];
            await request.getByRole('button', { name: 'Book forslaget' }).click();
            await request.getByText(`Booket ${when}`).waitFor({ timeout: 90_000 });
            await shot(lead2.page, 'group-7-request-booked.png');
            assert.deepEqual(lead2.errors, []);
          } finally {
            await lead2.close();
          }
          const askerEvents = await musEvents(asker.userPrincipalName);
          assert.equal(askerEvents.length, 2, 'the group meeting and the individual MUS');
          assert.equal((await musEvents(other.userPrincipalName)).length, 1, 'the group meeting only');

          // The asker finds it booked in Mine MUS; another member sees nothing of it.
          const after = await openTab(browser, asker.displayName);
          try {
            const next = after.app.getByRole('region', { name: 'Din næste MUS-samtale' });
            await next.getByText('Booket', { exact: true }).waitFor(TIMEOUT);
            await shot(after.page, 'group-8-asker-mine.png');
            assert.deepEqual(after.errors, []);
          } finally {
            await after.close();
          }
          const others = await openTab(browser, other.displayName);
          try {
            await others.app.getByRole('region', { name: 'Din gruppesamtale (GRUS)' }).waitFor(TIMEOUT);
            await others.app.getByText('Du har ingen MUS-samtale på vej.', { exact: false }).waitFor(TIMEOUT);
            assert.equal(await others.app.getByText(asker.displayName).count(), 0, 'nothing of the request');
          } finally {
            await others.close();
          }
        },
      },
    ],
    close: async () => {
      await embedded?.close();
    },
  };
}
