/**
 * Scenario `hr`: HR's overview over HR_CONVERSATIONS conversations (default 10,000) on the real embedded
 * default (its sandbox, service and pages). Seeding is direct: each leader's round is planned once through
 * the API, then cloned round by round straight into the MUS lists (the service's SharePoint record store;
 * statuses spread over the stages, a goal with a category for every other conversation, the employees'
 * evaluation of the held ones). Then, with the sandbox's request log cleared before each call, the Graph
 * round trips of each request the HR tab makes (`/api/hr/overview`, MUS-testen, the leaders' evaluation, the
 * needs and every round's evaluation): the list reads per list against the bound ⌈N/page size⌉ of the list's
 * N items; and in Chromium (playwright-core) the tab's time to render, cold (a new browser context each
 * time), from the click on "HR-overblik" to the table's rows and to the charts (median of HR_RUNS, default 3).
 * Run: `npm run bench -- hr`.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { GoalCategory } from '../../../src/domain';
import { createGoal, GoalCategorySchema, goalId } from '../../../src/domain';
import { createCollections } from '../../../src/service/records/collection';
import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import { provisionMusSite, WHOLE_LIST_PAGE } from '../../../src/service/sharepoint';
import { connectSandbox } from '../../service/graph/sandboxHarness';
import type { Figures, Scenario } from '../scenarios';
import { percentile } from './meetings';

const ROOT = join(__dirname, '..', '..', '..');
const N = Number(process.env.HR_CONVERSATIONS ?? 10_000);
const RUNS = Number(process.env.HR_RUNS ?? 3);
/** How long a cold load may take at most (HR's calls give up after 60 s, `src/adapters/http/musApi.ts`). */
const RENDER_TIMEOUT_MS = Number(process.env.HR_RENDER_TIMEOUT_MS ?? 180_000);
/** The page size of the service's reads of a whole list (`$top`, `src/service/sharepoint/listClient.ts`). */
const PAGE = WHOLE_LIST_PAGE;
const HR = 'Camilla Lykke Andersen';
const STATUSES = ['planned', 'booked', 'held', 'concluded', 'followedUp', 'cancelled'] as const;
/** The requests the HR tab makes when opened. */
const TAB = [
  'overview',
  'aggregates/mus-test',
  'aggregates/evaluations?party=leader',
  'aggregates/needs',
  'aggregates/evaluations/rounds',
] as const;

type Records = ReturnType<typeof createCollections>;
type Round = Parameters<Records['rounds']['create']>[1];
type Conversation = Parameters<Records['conversations']['create']>[1];

interface Embedded {
  readonly baseUrl: string;
  readonly sandboxUrl: string;
  close(): Promise<void>;
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** Plans one round per leader through the API, then clones them into the lists until N conversations. */
async function seed(embedded: Embedded) {
  const sandbox = connectSandbox(embedded.sandboxUrl, async () => undefined);
  const app = sandbox.factory().app();
  const site = await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch });
  const records = createCollections(createSharePointRecordStore(app, site));
  const users = await sandbox.users();
  const teams = new Map<string, string[]>();
  for (const u of users)
    if (typeof u.managerId === 'string') teams.set(u.managerId, [...(teams.get(u.managerId) ?? []), u.id]);
  const templates: { round: Round; conversations: Conversation[] }[] = [];
  for (const [leaderId, employeeIds] of teams) {
    const upn = users.find((u) => u.id === leaderId)?.userPrincipalName ?? '';
    const res = await fetch(`${embedded.baseUrl}/api/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await sandbox.apiToken(upn)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roundId: randomUUID(), title: 'Bench', conceptId: 'flexible', employeeIds }),
    });
    if (res.status !== 201) throw new Error(`round: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as {
      round: { value: Round };
      conversations: { value: Conversation }[];
    };
    templates.push({ round: body.round.value, conversations: body.conversations.map((c) => c.value) });
  }
  const rounds: Round[] = [];
  const conversations: Conversation[] = [];
  let made = templates.reduce((n, t) => n + t.conversations.length, 0);
  for (let r = 0; made < N; r++) {
    const template = templates[r % templates.length]!;
    const roundId = randomUUID() as Round['id'];
    const mine = template.conversations.slice(0, N - made).map((c, i) => ({
      ...c,
      id: randomUUID() as Conversation['id'],
      roundId,
      status: STATUSES[(r + i) % STATUSES.length]!,
    }));
    rounds.push({ ...template.round, id: roundId, title: `Bench ${r + 1}` });
    conversations.push(...mine);
    made += mine.length;
  }
  const at = new Date();
  const categories: (GoalCategory | undefined)[] = [...GoalCategorySchema.options, undefined];
  const goals = conversations
    .filter((_, i) => i % 2 === 0)
    .map((c, i) =>
      createGoal({
        id: goalId(randomUUID()),
        conversationId: c.id,
        employeeId: c.employeeId,
        goal: 'Udviklingsmål',
        activities: [],
        deadline: '2027-06-30',
        responsible: 'both',
        category: categories[i % categories.length],
        at,
      }),
    );
  const held = conversations.filter((c) => ['held', 'concluded', 'followedUp'].includes(c.status));
  const started = performance.now();
  await pool(rounds, 8, (r) => records.rounds.create(r.id, r));
  await pool(conversations, 16, (c) => records.conversations.create(c.id, c));
  await pool(goals, 16, (g) => records.goals.create(g.id, g));
  await pool(held, 16, (c) =>
    records.evaluations.create(`${c.id}:employee`, {
      schemaVersion: 1,
      roundId: c.roundId,
      conversationId: c.id,
      party: 'employee',
      rating: 1 + (c.employeeId.charCodeAt(0) % 5),
      comment: '',
      submittedAt: at.toISOString(),
    }),
  );
  const items = {
    rounds: rounds.length + templates.length,
    conversations: N,
    goals: goals.length,
    evaluations: held.length,
  };
  console.log(`hr: seeded ${JSON.stringify(items)} in ${Math.round((performance.now() - started) / 1000)} s`);
  return { sandbox, site, items, hr: users.find((u) => u.displayName === HR) };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

/** The Graph requests of one HR request: how many, and the list reads per list. */
async function roundTrips(embedded: Embedded, seeded: Seeded, token: string, path: string) {
  const { sandbox, site } = seeded;
  await sandbox.clearLog();
  const started = performance.now();
  const res = await fetch(`${embedded.baseUrl}/api/hr/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200 && res.status !== 403) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  const ms = Math.round(performance.now() - started);
  const log = await sandbox.log();
  const names = new Map(Object.entries(site.listIds).map(([name, id]) => [id, name]));
  const reads: Record<string, number> = {};
  for (const entry of log) {
    const list = /\/lists\/([^/]+)\/items(\?|$)/.exec(entry.path)?.[1];
    const name = list && names.get(decodeURIComponent(list));
    if (entry.method === 'GET' && name) reads[name] = (reads[name] ?? 0) + 1;
  }
  return { total: log.length, reads, ms };
}

/** One cold load of the HR tab: ms from the click to the table's rows, and to the charts. */
async function renderOnce(browser: Browser, embedded: Embedded, upn: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({ sandbox: embedded.sandboxUrl, user: upn, surface: 'content' });
    await page.goto(`${embedded.baseUrl}/host/?${query}`);
    const app = page.frameLocator('#app-frame');
    const tab = app.getByRole('tab', { name: 'HR-overblik' });
    await tab.waitFor({ timeout: 60_000 });
    // A call that failed (e.g. its timeout) shows the failure bar instead: the run stops there, saying so.
    const failure = app.getByText('Det lykkedes ikke').first();
    const shown = async (what: ReturnType<typeof app.getByRole>, name: string) => {
      await what.or(failure).waitFor({ timeout: RENDER_TIMEOUT_MS });
      if (await failure.isVisible()) throw new Error(`hr: the tab showed a failure instead of ${name}`);
    };
    const started = performance.now();
    await tab.click();
    const table = app.getByRole('table', { name: 'Samtaler pr. leder og runde efter status' });
    await shown(table.getByRole('row').nth(1), 'the table');
    const tableMs = performance.now() - started;
    await shown(app.getByRole('table', { name: 'Udviklingsmål efter kategori som tabel' }), 'the charts');
    return { tableMs, chartsMs: performance.now() - started };
  } finally {
    await context.close();
  }
}

export const hrScenario: Scenario = {
  name: 'hr',
  description: `HR's overview over ${N} conversations: Graph round trips per request (list reads ≤ ⌈N/${PAGE}⌉ per list) and the tab's time to render in Chromium`,
  faults: [],
  async run() {
    const helpers = (await import(join(ROOT, 'test', 'e2e', 'host.embedded.mjs'))) as {
      startEmbedded(root: string): Promise<Embedded>;
    };
    const embedded = await helpers.startEmbedded(ROOT);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const seeded = await seed(embedded);
      if (!seeded.hr) throw new Error(`${HR} is not in the sandbox`);
      const token = await seeded.sandbox.apiToken(seeded.hr.userPrincipalName);
      const figures: Figures = { conversations: N, pageSize: PAGE };
      const bound = (list: string) => Math.ceil((seeded.items[list as keyof Seeded['items']] ?? 0) / PAGE);
      let over = 0;
      let tabTrips = 0;
      for (const path of TAB) {
        const trips = await roundTrips(embedded, seeded, token, path);
        const key = path.replace(/\?.*$/, '').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase());
        figures[`${key}RoundTrips`] = trips.total;
        figures[`${key}Ms`] = trips.ms;
        tabTrips += trips.total;
        console.log(`  ${path}: ${trips.total} Graph round trips, ${trips.ms} ms`);
        for (const [list, reads] of Object.entries(trips.reads)) {
          const most = bound(list);
          if (most > 0 && reads > most) over += 1;
          console.log(
            `  ${path}: ${list} ${reads} list reads (bound ⌈${seeded.items[list as keyof Seeded['items']] ?? '?'}/${PAGE}⌉ = ${most})`,
          );
        }
      }
      figures.tabRoundTrips = tabTrips;
      figures.conversationsBound = bound('conversations');
      figures.listsOverBound = over;
      const loads = [];
      for (let i = 0; i < RUNS; i++) {
        const load = await renderOnce(browser, embedded, seeded.hr.userPrincipalName);
        console.log(
          `  render ${i + 1}: table ${Math.round(load.tableMs)} ms, charts ${Math.round(load.chartsMs)} ms`,
        );
        loads.push(load);
      }
      figures.tableRenderMs = Math.round(
        percentile(
          loads.map((l) => l.tableMs),
          50,
        ),
      );
      figures.chartsRenderMs = Math.round(
        percentile(
          loads.map((l) => l.chartsMs),
          50,
        ),
      );
      return figures;
    } finally {
      await browser.close();
      await embedded.close();
    }
  },
};
