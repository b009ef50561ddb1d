// The follow-up surfaces as people see them, on a phone (390 px) and at a desk, in Danish and in English, on
// their own embedded default (they move its clock a year): Hanne's Opfølgning (the goals with their follow-ups,
// the evaluation, the check-in suggestion) and MUS-testen (20 statements, the score per section, two years),
// then the employee's goals and evaluation and the handover question after a change of leader. Nothing runs
// off the side of the tab (no element past its right edge), the English tab shows no Danish label, and axe finds
// nothing serious or critical in the tab.
// REVIEW_HEIGHT=2600 makes the windows that tall, so each screenshot shows the whole tab (for a person's review).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { startEmbedded } from './host.embedded.mjs';
import { bookedTalk, DAY, personalTab, shot, TIMEOUT, world } from './yearWorld.mjs';

const LEADER = 'Hanne Kjær Mortensen';
const GOAL = 'Lære at lede møder med hele afdelingen, også de lange budgetmøder om efteråret';
const NOTE = 'Kurset i mødeledelse er booket til maj; første budgetmøde ledes sammen med Hanne i september';
const VIEWS = [
  { name: 'phone', viewport: { width: 390, height: Number(process.env.REVIEW_HEIGHT ?? 844) } },
  { name: 'desk', viewport: { width: 1280, height: Number(process.env.REVIEW_HEIGHT ?? 900) } },
];
const LANGUAGES = [
  { locale: 'da-DK', tabs: { followUp: 'Opfølgning', musTest: 'MUS-testen' }, ask: 'Ny leder' },
  { locale: 'en-US', tabs: { followUp: 'Follow-up', musTest: 'MUS-testen' }, ask: 'New leader' },
];
// Labels of the Danish tab that an English one must not show (the people's own words may be Danish).
const DANISH = /\b(Opfølgning|Mål|Frist|Gem|Evaluering|Aldrig|Sjældent|Altid|Ikke nu|Leder|Medarbejder)\b/;

/**
 * What sticks out past the frame's right or left edge: one line per element (none when all fits). A wide table
 * may scroll sideways inside a box of its own that fits (what is in it is reached by scrolling that box).
 */
async function outside(app) {
  return app.locator('body').evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fits = (r) => r.right <= width + 1 && r.left >= -1;
    const scrolled = (el) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX) && fits(up.getBoundingClientRect()))
          return true;
      return false;
    };
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (fits(r) || scrolled(el)) continue;
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
      out.push(`${el.tagName.toLowerCase()} "${label}" ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    const scroll = document.documentElement.scrollWidth;
    return [...(scroll > width ? [`page ${scroll} wide in ${width}`] : []), ...out].slice(0, 8);
  });
}

/** Hanne's talk with her employee: a long goal agreed, held, signed by both and followed up with a long note. */
async function heldAndSigned(w, hanne, employee) {
  const [leaderApi, employeeApi] = [
    await w.as(hanne.userPrincipalName),
    await w.as(employee.userPrincipalName),
  ];
  const talk = { leaderApi, employeeApi, employee, title: 'MUS i år' };
  const { made, path, step } = await bookedTalk(w, talk);
  const round = made.round.value.id;
  await w.advance(1);
  const deadline = new Date((await w.now()).getTime() + 120 * DAY).toISOString().slice(0, 10);
  let goal = await leaderApi('POST', `${path}/goals`, {
    goalId: randomUUID(),
    goal: GOAL,
    deadline,
    activities: ['Kursus i mødeledelse hos Center for Offentlig Kompetenceudvikling', 'Sparring'],
  });
  goal = await leaderApi('POST', `${path}/goals/${goal.value.id}/agree`, {}, goal.etag);
  goal = await employeeApi('POST', `${path}/goals/${goal.value.id}/agree`, {}, goal.etag);
  await step(leaderApi, 'status', { event: 'hold' });
  const topicId = made.conversations[0].value.agenda.items[0].topic.id;
  let conclusion = await leaderApi('PUT', `${path}/conclusion`, {
    summaries: { [topicId]: 'Et godt år.' },
    snapshotGoals: true,
  });
  conclusion = await leaderApi('POST', `${path}/conclusion/sign`, {}, conclusion.etag);
  await employeeApi('POST', `${path}/conclusion/sign`, {}, conclusion.etag);
  await step(leaderApi, 'status', { event: 'conclude' });
  await employeeApi(
    'POST',
    `${path}/goals/${goal.value.id}/follow-ups`,
    { status: 'inProgress', note: NOTE },
    goal.etag,
  );
  return { leaderApi, round };
}

/** MUS-testen for a round: the i-th statement answered `pick(i)` (1 = Aldrig … 5 = Altid). */
const musTest = (api, round, pick) =>
  api('PUT', `/api/rounds/${round}/mus-test`, { answers: Array.from({ length: 20 }, (_, i) => pick(i)) });

export function yearLayoutTests({ root, outDir }) {
  let embedded;
  const env = async () => (embedded ??= await startEmbedded(root, {}));

  /**
   * The personal tab as `who` in `view` and `language`, on the tab `tab(language)` names (if any), until
   * `target(app, language)` shows: shot, checked to fit, in English for Danish labels, and by axe.
   */
  async function look(browser, { who, tab, target, name }, view, language) {
    const open = await personalTab(browser, await env(), who, view.viewport, language.locale);
    try {
      if (tab) await open.app.getByRole('tab', { name: tab(language), exact: true }).click(TIMEOUT);
      const shown = target(open.app, language);
      await shown.waitFor(TIMEOUT);
      await shot(outDir, open.page, `${name}-${view.name}-${language.locale}.png`, shown);
      assert.deepEqual(await outside(open.app), [], `${name}, ${view.name}, ${language.locale}: all fits`);
      // Fluent's focus manager (Tabster) puts hidden, focusable stand-ins at the ends of the sections' tab list
      // that hand the focus on: by design, so not counted.
      const axe = await new AxeBuilder({ page: open.page })
        .include('#app-frame')
        .exclude(['#app-frame', '[data-tabster-dummy]'])
        .analyze();
      const inside = axe.passes.flatMap((p) => p.nodes).filter((n) => n.target[0] === '#app-frame');
      assert.ok(inside.length > 20, `${name}: axe checked the tab (${inside.length} passes)`);
      assert.deepEqual(
        axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
        [],
        `${name}, ${view.name}, ${language.locale}: axe`,
      );
      if (language.locale === 'en-US') {
        const text = await open.app.locator('body').innerText();
        const danish = text
          .split('\n')
          .filter((line) => DANISH.test(line) && !line.includes(GOAL) && !line.includes(NOTE));
        assert.deepEqual(danish, [], `${name}, ${view.name}: no Danish label in English`);
      }
      assert.deepEqual(open.errors, []);
    } finally {
      await open.close();
    }
  }

  /** {@link look} on a phone and at a desk, in Danish and in English. */
  async function everywhere(browser, what) {
    for (const view of VIEWS) for (const language of LANGUAGES) await look(browser, what, view, language);
  }

  return {
    tests: [
      {
        name: 'Year layout: Opfølgning, MUS-testen, evaluation and handover fit a phone and a desk, in Danish and English',
        async run(browser) {
          const w = world(await env());
          const users = (await w.sandbox('/_sandbox/users')).value;
          const hanne = users.find((u) => u.displayName === LEADER);
          const employee = users.find((u) => u.managerId === hanne.id);
          const { leaderApi, round } = await heldAndSigned(w, hanne, employee);
          await musTest(leaderApi, round, (i) => (i < 5 ? 5 : i < 12 ? 4 : 3));
          await w.advance(365);
          const next = await leaderApi('POST', '/api/rounds', {
            roundId: randomUUID(),
            title: 'MUS næste år',
            conceptId: 'flexible',
            employeeIds: [employee.id],
          });
          // MUS-testen's 20 statements for next year's round, then answered.
          const musTestTab = (language) => language.tabs.musTest;
          await everywhere(browser, {
            who: LEADER,
            tab: musTestTab,
            target: (app) => app.getByRole('radiogroup').first(),
            name: 'year-layout-2-mus-test-form',
          });
          await musTest(leaderApi, next.round.value.id, (i) => (i % 2 ? 5 : 2));
          await everywhere(browser, {
            who: LEADER,
            tab: (language) => language.tabs.followUp,
            target: (app) => app.getByRole('listitem', { name: GOAL }).first(),
            name: 'year-layout-1-goals',
          });
          await everywhere(browser, {
            who: LEADER,
            tab: musTestTab,
            target: (app) => app.getByRole('table').first(),
            name: 'year-layout-2-mus-test',
          });

          // The employee moves to Peter: asked whether Peter may take over (the directory may be a minute old).
          const peter = users.find((u) => u.displayName === 'Peter Bach Christensen');
          await w.sandbox(`/_sandbox/users/${employee.id}/manager`, { managerId: peter.id });
          const handover = {
            who: employee.displayName,
            target: (app, language) => app.getByRole('region', { name: language.ask }).first(),
            name: 'year-layout-3-handover',
          };
          for (const until = Date.now() + 90_000; ;) {
            const asked = await look(browser, handover, VIEWS[0], LANGUAGES[0]).then(
              () => true,
              (error) => (Date.now() < until ? false : Promise.reject(error)),
            );
            if (asked) break;
          }
          await everywhere(browser, handover);
        },
      },
    ],
    close: async () => embedded?.close(),
  };
}
