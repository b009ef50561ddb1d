// Browser tests inside a fake Teams host page: the real teams-js adapter in real Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = readFileSync(join(fixtures, 'fakeHost.html'), 'utf8');
let script;
/** The fake host page's script with the protocol module it imports, bundled once for the browser. */
const fakeHostScript = () =>
  (script ??= build({
    entryPoints: [join(fixtures, 'fakeHost.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text));

const user = {
  hostName: 'Teams',
  userObjectId: '00000000-0000-0000-0000-0000000000a1',
  userPrincipalName: 'mette.leder@contoso.dk',
  userDisplayName: 'Mette Leder',
  tid: '00000000-0000-0000-0000-0000000000f0',
};

/**
 * Open `page` framed by the fake host, which is served (through request interception) at the app's own
 * origin, as the sandbox's host page will be.
 */
async function openInHost(browser, baseUrl, page, context) {
  const browserContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const tab = await browserContext.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error));
  const origin = new URL(baseUrl).origin;
  await tab.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/__e2e/host.html')
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture });
    if (url.pathname === '/__e2e/fakeHost.js') {
      const body = await fakeHostScript();
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    }
    return route.continue();
  });
  const query = new URLSearchParams({ page: `${baseUrl}/${page}`, context: JSON.stringify(context) });
  await tab.goto(`${origin}/__e2e/host.html?${query}`);
  return { tab, frame: tab.frameLocator('#app'), errors, close: () => browserContext.close() };
}

/** Relative luminance of the app's background (0 black … 1 white), as painted. */
async function backgroundLuminance(frame) {
  const color = await frame
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number).map((v) => v / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function inHostTests({ baseUrl, outDir }) {
  return [
    {
      name: 'personal tab in Teams (en-US, dark) welcomes the user in English, dark, and follows a theme change',
      async run(browser) {
        const context = { ...user, frameContext: 'content', locale: 'en-US', theme: 'dark' };
        const { tab, frame, errors, close } = await openInHost(browser, baseUrl, 'content.html', context);
        try {
          const heading = frame.getByRole('heading', { level: 1, name: 'Welcome to MUS, Mette Leder' });
          await heading.waitFor({ state: 'visible', timeout: 10_000 });
          assert.ok((await backgroundLuminance(frame)) < 0.2, 'expected the Teams dark theme');
          await tab.screenshot({ path: join(outDir, 'content-teams-dark.png') });
          await tab.evaluate(() => window.changeTheme('default'));
          let luminance = 0;
          for (let i = 0; i < 50 && luminance < 0.8; i++) {
            luminance = await backgroundLuminance(frame);
            if (luminance < 0.8) await tab.waitForTimeout(100);
          }
          assert.ok(luminance >= 0.8, 'expected the Teams light theme after the change');
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'meeting page in a Teams meeting side panel (da-DK) shows the conversation placeholder in Danish',
      async run(browser) {
        const context = {
          ...user,
          frameContext: 'sidePanel',
          locale: 'da-DK',
          theme: 'default',
          chatId: '19:meeting_abc@thread.v2',
          meetingId: 'MCMjMjE5OjptZWV0aW5nX2FiYw==',
        };
        const { tab, frame, errors, close } = await openInHost(browser, baseUrl, 'meeting.html', context);
        try {
          await frame.getByRole('heading', { level: 1, name: 'MUS-samtalen' }).waitFor({ timeout: 10_000 });
          const calls = await tab.evaluate(() => window.hostCalls);
          assert.deepEqual(calls.slice(0, 2), ['initialize', 'getContext']);
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'meeting page on the meeting stage (en-US) shows the stage, from the same page',
      async run(browser) {
        const context = {
          ...user,
          frameContext: 'meetingStage',
          locale: 'en-US',
          theme: 'default',
          chatId: '19:meeting_abc@thread.v2',
          meetingId: 'MCMjMjE5OjptZWV0aW5nX2FiYw==',
        };
        const { frame, errors, close } = await openInHost(browser, baseUrl, 'meeting.html', context);
        try {
          await frame
            .getByRole('heading', { level: 1, name: 'The MUS conversation on stage' })
            .waitFor({ timeout: 10_000 });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      },
    },
  ];
}
