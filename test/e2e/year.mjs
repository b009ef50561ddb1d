// A MUS year in fast-forward on its own embedded default (it moves the clock three years): Hanne and her
// employee hold their talk and sign the conclusion; the employee follows up the goal in the app; Hanne books
// the check-in ("MUS-opfølgning"); Teams tells them (the leader's signature, the check-in booked, the deadline
// near; not the booked check-in), each once even as the job looks again; a year later the next round's
// conversation opens with "Siden sidst" filled in, for the employee and for Hanne. HR sees the overview and
// the charts and downloads the SU report; a round of 4 evaluated shows no average, a round of 5 does. The
// employee moves to another leader and answers "Ikke nu" to the handover: not asked again at the next visit.
// Past the retention period (2 years here) the conversations are gone for the employee, Hanne and HR, and the
// audit list says so.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { startEmbedded } from './host.embedded.mjs';
import { bookedTalk, DAY, pdfText, personalTab, remindedOnce, shot, TIMEOUT, world } from './yearWorld.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const HR = 'Camilla Lykke Andersen';
const GOAL = 'Lære at lede møder';
const NOTE = 'Kurset i mødeledelse er booket til maj';
const RETENTION_YEARS = 2;

/**
 * Rounds held and evaluated by every employee: per [leader, employees] a round titled `title` of theirs, each
 * conversation booked an hour apart, its agenda agreed by both, held the next day and evaluated (4 of 5).
 */
async function heldAndEvaluated(w, groups) {
  const held = [];
  let hour = 1;
  for (const { leader, employees, title } of groups) {
    const leaderApi = await w.as(leader.userPrincipalName);
    const made = await leaderApi('POST', '/api/rounds', {
      roundId: randomUUID(),
      title,
      conceptId: 'flexible',
      employeeIds: employees.map((e) => e.id),
    });
    for (const c of made.conversations) {
      const employee = employees.find((e) => e.id === c.value.employeeId);
      const employeeApi = await w.as(employee.userPrincipalName);
      const path = `/api/conversations/${c.value.id}`;
      const step = async (api, route, body) =>
        api('POST', `${path}/${route}`, body, (await api('GET', `${path}/`)).etag);
      const start = (await w.now()).getTime() + hour * 3_600_000;
      hour += 1;
      const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_000_000).toISOString() };
      await step(leaderApi, 'status', { event: 'book', slot });
      await step(leaderApi, 'agenda', { action: 'agree' });
      await step(employeeApi, 'agenda', { action: 'agree' });
      held.push({ path, step, leaderApi, employeeApi });
    }
  }
  await w.advance(1);
  for (const { path, step, leaderApi, employeeApi } of held) {
    await step(leaderApi, 'status', { event: 'hold' });
    await employeeApi('PUT', `${path}/evaluation`, { rating: 4, comment: '' });
  }
}

export function yearTests({ root, outDir }) {
  let embedded;
  // The reminders' job looks every second here (an hour by default); retention sweeps every 1.2 seconds.
  const env = async () =>
    (embedded ??= await startEmbedded(root, {
      MUS_REMINDERS_EVERY_SECONDS: '1',
      MUS_RETENTION_YEARS: String(RETENTION_YEARS),
      MUS_RETENTION_SWEEP_MINUTES: '0.02',
    }));

  return {
    tests: [
      {
        name: 'A year of MUS: held and signed, followed up, the check-in booked, reminders once each, Siden sidst, HR’s overview and SU report, 4 vs 5, retention',
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
          const { made, id, path, step } = await bookedTalk(w, {
            leaderApi,
            employeeApi,
            employee,
            title: 'MUS i år',
          });
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
          let tab = await personalTab(browser, await env(), employee.displayName);
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
            await shot(outDir, tab.page, 'year-1-goal-followed-up.png', item);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }

          // Hanne books the mid-year check-in from her Opfølgning: one Teams meeting through the booking job,
          // labelled MUS-opfølgning, with the open goal as its agenda (Teams tells the employee it is booked).
          tab = await personalTab(browser, await env(), LEADER);
          try {
            await tab.app.getByRole('tab', { name: 'Opfølgning' }).click(TIMEOUT);
            const checkIn = tab.app.getByRole('region', { name: 'MUS-opfølgning' });
            await checkIn.getByRole('button', { name: 'Book MUS-opfølgning' }).click(TIMEOUT);
            await checkIn.getByText(/MUS-opfølgningen er booket/).waitFor({ timeout: 90_000 });
            await shot(outDir, tab.page, 'year-2-check-in-booked.png', checkIn);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }
          const meetings = await w.events(hanne.userPrincipalName);
          const followUp = meetings.filter((e) => e.body.content.includes(`MUS-opfølgning: ${GOAL}`));
          assert.equal(followUp.length, 1, 'one Teams meeting carries the goal as its agenda');
          assert.ok(followUp[0].isOnlineMeeting, 'a Teams meeting');
          assert.match(followUp[0].subject, /^MUS-opfølgning: /, 'labelled as a follow-up');
          const told = (await w.sandbox('/_sandbox/notifications')).value.filter(
            (n) => n.body.activityType === 'musBooked' && n.recipientId === employee.id,
          );
          assert.deepEqual(
            told.map((n) => n.body.previewText.content.replace(/ booket .*/, ' booket')),
            ['Din MUS-opfølgning er booket'],
            'the employee is told in Teams that the check-in is booked',
          );
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
            tab = await personalTab(browser, await env(), who);
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
                outDir,
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

          // HR's numbers: Peter's round of 4 and a round of 5 of Lars's, each held and evaluated by everyone.
          const peter = users.find((u) => u.displayName === 'Peter Bach Christensen');
          const lars = users.find((u) => u.displayName === 'Lars Østergaard');
          const reportsOf = (leader, n) => users.filter((u) => u.managerId === leader.id).slice(0, n);
          await heldAndEvaluated(w, [
            { leader: peter, employees: reportsOf(peter, 4), title: 'MUS Digitalisering' },
            { leader: lars, employees: reportsOf(lars, 5), title: 'MUS Vej og Park' },
          ]);
          tab = await personalTab(browser, await env(), HR);
          try {
            await tab.app.getByRole('tab', { name: 'HR-overblik' }).click(TIMEOUT);
            const table = tab.app.getByRole('table', { name: 'Samtaler pr. leder og runde efter status' });
            await table.getByRole('row', { name: new RegExp(LEADER) }).waitFor(TIMEOUT);
            for (const leader of [peter, lars])
              await tab.app.getByRole('button', { name: `Vis runderne for ${leader.displayName}` }).click();
            // A group of 4: no average; a group of 5: the average of the 5.
            const four = table.getByRole('row', { name: /MUS Digitalisering/ });
            await four.getByText('Under 5 personer').waitFor(TIMEOUT);
            const five = table.getByRole('row', { name: /MUS Vej og Park/ });
            await five.getByText('4 af 5 (5 personer)', { exact: false }).waitFor(TIMEOUT);
            await shot(outDir, tab.page, 'year-5-hr-overview.png', four);
            // The charts: the employees' evaluation per round, the 4 without a bar ("Færre end 5"), the 5 at 4;
            // the development needs by topic of the conversations held.
            const chart = tab.app.getByRole('region', { name: 'Evaluering af samtalerne (1-5)' });
            const figures = chart.getByRole('table', { name: 'Evaluering af samtalerne (1-5) som tabel' });
            const fourRow = figures.getByRole('row', { name: /MUS Digitalisering/ });
            await fourRow.getByText('Færre end 5 — vises ikke').waitFor(TIMEOUT);
            assert.match(
              await figures.getByRole('row', { name: /MUS Vej og Park/ }).innerText(),
              /\t4 af 5 \(5 personer\)$/,
            );
            await tab.app.getByRole('region', { name: 'Udviklingsbehov efter emne' }).waitFor(TIMEOUT);
            await shot(outDir, tab.page, 'year-5b-hr-charts.png', chart);
            // The SU report: a PDF with the report's heading.
            const pdf = tab.app.getByRole('button', { name: 'Hent SU-rapporten (PDF)' });
            await pdf.scrollIntoViewIfNeeded();
            const [download] = await Promise.all([tab.page.waitForEvent('download', TIMEOUT), pdf.click()]);
            const bytes = await readFile(await download.path());
            assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
            assert.match(await pdfText(root, bytes), /MUS-rapport til samarbejdsudvalget \(SU\)/);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }

          // The employee moves to Peter: the app asks whether Peter may take over the open goal and the signed
          // conclusion; "Ikke nu" hands nothing over and is remembered at the next visit (for 30 days).
          await w.sandbox(`/_sandbox/users/${employee.id}/manager`, { managerId: peter.id });
          tab = await personalTab(browser, await env(), employee.displayName);
          try {
            const ask = tab.app.getByRole('region', { name: 'Ny leder' });
            // The service's directory answers may be up to a minute old: look again until it knows.
            const until = Date.now() + 90_000;
            while (
              !(await ask
                .first()
                .waitFor({ timeout: 10_000 })
                .then(
                  () => true,
                  () => false,
                ))
            ) {
              assert.ok(Date.now() < until, 'the employee is asked about the new leader');
              await tab.reopen();
            }
            await shot(outDir, tab.page, 'year-6-handover-asked.png', ask.first());
            while ((await ask.count()) > 0)
              await ask.first().getByRole('button', { name: 'Ikke nu' }).click();
            await tab.reopen();
            const remembered = tab.app
              .getByText(/Intet er overdraget\. Peter Bach Christensen ser ikke samtalen.* Vi spørger igen/)
              .first();
            await remembered.waitFor(TIMEOUT);
            assert.equal(await ask.count(), 0, 'not asked again at the next visit');
            await shot(outDir, tab.page, 'year-7-handover-not-now.png', remembered);
            assert.deepEqual(tab.errors, []);
          } finally {
            await tab.close();
          }
          assert.equal(
            (await employeeApi('GET', `${path}/`)).value.leaderId,
            hanne.id,
            'nothing handed over',
          );

          // Past the retention period: the first year's talk, its check-in and next year's conversation are
          // gone for the employee, for Hanne and for HR, with their notes, goals and conclusion.
          const mine = async (api) => (await api('GET', '/api/conversations')).map((c) => c.value.id);
          const before = await mine(employeeApi);
          assert.equal(before.length, 3, 'the talk, the check-in and next year’s conversation');
          const hrApi = await w.as(users.find((u) => u.displayName === HR).userPrincipalName);
          await w.advance((RETENTION_YEARS + 1) * 365);
          for (let i = 0; i < 100 && (await mine(employeeApi)).length > 0; i += 1)
            await new Promise((r) => setTimeout(r, 300));
          assert.deepEqual(await mine(employeeApi), []);
          assert.deepEqual(
            (await mine(leaderApi)).filter((c) => before.includes(c)),
            [],
            'Hanne lists none of them',
          );
          for (const api of [employeeApi, leaderApi])
            for (const sub of ['', 'notes', 'goals', 'conclusion', 'conclusion/pdf'])
              assert.equal(await api.status(`${path}/${sub}`), 404, `${sub} is gone`);
          assert.equal(await hrApi.status(`/api/hr/conversations/${id}/conclusion`), 404);
          const audit = await hrApi('GET', '/api/hr/audit');
          assert.deepEqual(
            audit
              .filter((a) => a.action.startsWith('retention.deleted'))
              .map((a) => a.conversationId)
              .filter((c) => before.includes(c))
              .sort(),
            [...before].sort(),
            'each deletion in the audit list, once',
          );
          // The talk's entry says what went with it: its goal, its conclusion and the reminders' bookkeeping
          // (the signature and the deadline, three sent).
          const talkEntry = audit.find(
            (a) => a.conversationId === id && a.action.startsWith('retention.deleted'),
          );
          assert.match(talkEntry.action, /: conversation, .*goals 1, conclusions 1, .*reminders 3$/);
          for (const [who, section, empty] of [
            [employee.displayName, undefined, 'Du har ingen MUS-samtale på vej'],
            [LEADER, 'Opfølgning', 'Når en samtale er holdt'],
          ]) {
            tab = await personalTab(browser, await env(), who);
            try {
              if (section) await tab.app.getByRole('tab', { name: section }).click(TIMEOUT);
              const none = tab.app.getByText(empty, { exact: false }).first();
              await none.waitFor(TIMEOUT);
              assert.equal(await tab.app.getByText(GOAL).count(), 0, `${who} sees no goal`);
              await shot(
                outDir,
                tab.page,
                `year-${section ? 9 : 8}-after-retention-${section ? 'leader' : 'employee'}.png`,
                none,
              );
              assert.deepEqual(tab.errors, []);
            } finally {
              await tab.close();
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
