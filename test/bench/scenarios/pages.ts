/**
 * Scenario `pages`: what each page loads first — the scripts its HTML names, gzipped as a server sends them —
 * and the meeting side panel's time to interactive in Chromium (Debian's, driven by playwright-core), on the
 * real embedded default with its local Teams host page: from the side panel frame's navigation until its
 * conversation's form takes typing (the agenda shown, a note's text area enabled). Each load is cold (a new
 * browser context). Figures: `<page>FirstLoadGzip` bytes per page, `sidePanelTtiMs` (median of PAGES_RUNS
 * loads, default 5) and its max, the same with a 40 ms, 10 Mbit/s network (`sidePanelTtiNetMs`), and the
 * JavaScript the side panel fetched until then, gzipped (`sidePanelJsToTtiGzip`).
 * Builds dist/web first (PAGES_BUILD=0 uses the one there). Run: `npm run bench -- pages`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Figures, Scenario } from '../scenarios';
import { percentile } from './meetings';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const PAGES = ['content', 'meeting', 'settings', 'taskpane', 'authStart', 'authEnd'] as const;
const RUNS = Number(process.env.PAGES_RUNS ?? 5);
const CHAT = '19:meeting_bench-pages@thread.v2';
const LEADER = 'Peter Bach Christensen';

/** A file of dist/web, gzipped at zlib's default level (what a server's compression sends). */
const gzipped = (file: string): number => gzipSync(readFileSync(join(WEB, file))).length;

/** The scripts a page's HTML loads at once (webpack's entry chunks), as paths under dist/web. */
export function firstLoadScripts(page: string): string[] {
  const html = readFileSync(join(WEB, `${page}.html`), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src));
}

interface Embedded {
  readonly baseUrl: string;
  readonly sandboxUrl: string;
  readonly fluidUrl: string;
  close(): Promise<void>;
}
interface MeetingWindow {
  readonly page: Page;
  close(): Promise<void>;
}
interface E2eHelpers {
  startEmbedded(root: string): Promise<Embedded>;
  openMeetingWindow(
    browser: Browser,
    env: () => Promise<Embedded>,
    options: { upn: string; chat: string },
  ): Promise<MeetingWindow>;
  heldConversation(options: Record<string, unknown>): Promise<string>;
}

/** The e2e tests' helpers (plain ES modules; a path in a variable, so TypeScript does not type them). */
async function e2eHelpers(): Promise<E2eHelpers> {
  const paths = ['host.embedded.mjs', 'meetingWindow.mjs'].map((f) => join(ROOT, 'test', 'e2e', f));
  const modules = await Promise.all(paths.map((path) => import(path) as Promise<object>));
  return Object.assign({}, ...modules) as E2eHelpers;
}

/** One cold load of the employee's side panel: ms to interactive (in the frame's own clock), JS fetched. */
async function loadOnce(open: () => Promise<MeetingWindow>, slowNet: boolean) {
  const window = await open();
  try {
    const scripts = new Set<string>();
    window.page.on('response', (r) => {
      if (r.url().endsWith('.js') && r.frame().url().includes('/meeting.html')) scripts.add(r.url());
    });
    // Loaded again, nothing from the cache (cold, as a first load), on a typical office network for `slowNet`.
    const cdp = await window.page.context().newCDPSession(window.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slowNet)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 40,
        downloadThroughput: (10 * 1024 * 1024) / 8,
        uploadThroughput: (5 * 1024 * 1024) / 8,
      });
    await window.page.reload();
    const frame = window.page.frameLocator('#app-frame');
    await frame.getByRole('region', { name: 'Dagsorden' }).waitFor({ timeout: 60_000 });
    const inside = window.page.frames().find((f) => f.url().includes('/meeting.html'));
    if (!inside) throw new Error('no side panel frame');
    const ms = await inside.evaluate(async () => {
      // Interactive: a note's text area is there and enabled (the form takes typing).
      while (!document.querySelector('textarea:not([disabled])'))
        await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now();
    });
    const js = [...scripts].reduce((sum, url) => sum + gzipped(new URL(url).pathname.slice(1)), 0);
    return { ms, js };
  } finally {
    await window.close();
  }
}

async function sidePanelTti(): Promise<Figures> {
  const helpers = await e2eHelpers();
  const embedded = await helpers.startEmbedded(ROOT);
  const env = () => Promise.resolve(embedded);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const users = (await (await fetch(`${embedded.sandboxUrl}/_sandbox/users`)).json()) as {
      value: { id: string; displayName: string; userPrincipalName: string; managerId?: string }[];
    };
    const leader = users.value.find((u) => u.displayName === LEADER);
    const employee = users.value.find((u) => u.managerId === leader?.id);
    if (!leader || !employee) throw new Error(`${LEADER} has no employee in the sandbox`);
    const open = (upn: string) => helpers.openMeetingWindow(browser, env, { upn, chat: CHAT });
    const [lead, emp] = [await open(leader.userPrincipalName), await open(employee.userPrincipalName)];
    try {
      await helpers.heldConversation({
        lead,
        emp,
        employeeId: employee.id,
        chat: CHAT,
        title: 'MUS bench (side panel)',
        goals: ['Lære Power BI', 'Mentorforløb med Økonomi'],
      });
    } finally {
      await lead.close();
      await emp.close();
    }
    const runs = async (slowNet: boolean) => {
      const loads = [];
      for (let i = 0; i < RUNS; i++)
        loads.push(await loadOnce(() => open(employee.userPrincipalName), slowNet));
      return loads;
    };
    const local = await runs(false);
    const slow = await runs(true);
    const ms = local.map((l) => l.ms);
    return {
      sidePanelTtiMs: Math.round(percentile(ms, 50)),
      sidePanelTtiMaxMs: Math.round(Math.max(...ms)),
      sidePanelTtiNetMs: Math.round(
        percentile(
          slow.map((l) => l.ms),
          50,
        ),
      ),
      sidePanelJsToTtiGzip: Math.max(...local.map((l) => l.js)),
    };
  } finally {
    await browser.close();
    await embedded.close();
  }
}

export const pagesScenario: Scenario = {
  name: 'pages',
  description:
    "each page's first-load JavaScript (gzip bytes) and the side panel's time to interactive in Chromium (cold loads, median)",
  faults: [],
  async run() {
    if (process.env.PAGES_BUILD !== '0') {
      const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('webpack failed');
    }
    const sizes = Object.fromEntries(
      PAGES.map((page) => [
        `${page}FirstLoadGzip`,
        firstLoadScripts(page).reduce((sum, file) => sum + gzipped(file), 0),
      ]),
    );
    return { ...sizes, ...(await sidePanelTti()) };
  },
};
