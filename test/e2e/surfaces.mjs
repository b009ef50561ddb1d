// The browser tests: each opens a surface page in Chromium, outside any Microsoft host.
import { join } from 'node:path';
import assert from 'node:assert/strict';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * Open a page with a fresh context; only requests to the page's own origin are allowed (there is no internet
 * here, and the pages must not need it). Collects uncaught page errors.
 */
async function open(browser, url, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, locale: 'da-DK', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  const allowed = new Set([new URL(url).origin, ...(options.allowOrigins ?? [])]);
  await page.route('**/*', (route) =>
    allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort(),
  );
  if (options.html) await page.setContent(options.html);
  else await page.goto(url);
  return { page, errors, close: () => context.close() };
}

async function expectVisible(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error(`not visible: ${what}`);
  }
}

function expectNoErrors(errors) {
  assert.equal(errors.length, 0, `uncaught page errors: ${errors.map((e) => e.message).join('; ')}`);
}

/** The personal tab's Danish introduction, as a user sees it. */
async function expectIntroduction(page) {
  await expectVisible(
    page.getByRole('heading', { level: 1, name: 'MUS – medarbejderudviklingssamtaler' }),
    'h1',
  );
  await expectVisible(
    page.getByText('Du har åbnet MUS uden for Microsoft Teams og Outlook.'),
    'outside notice',
  );
  await expectVisible(page.getByRole('heading', { name: 'Åbn MUS i Microsoft Teams' }), 'Teams card');
  await expectVisible(
    page.getByRole('heading', { name: 'Prøv MUS med den lokale sandkasse' }),
    'sandbox card',
  );
  await expectVisible(page.getByText('npm start', { exact: true }), 'npm start');
  await expectVisible(page.getByRole('link', { name: 'Åbn den lokale værtsside' }), 'host page link');
  const href = await page.getByRole('link', { name: 'Åbn den lokale værtsside' }).getAttribute('href');
  assert.equal(href, 'http://localhost:53000/host/');
}

export function surfaceTests({ baseUrl, outDir }) {
  const tests = [
    {
      name: 'personal tab outside a host shows the Danish introduction, without page errors',
      async run(browser) {
        const { page, errors, close } = await open(browser, `${baseUrl}/content.html`);
        try {
          await expectIntroduction(page);
          assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
          await page.screenshot({ path: join(outDir, 'content.png'), fullPage: true });
          expectNoErrors(errors);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'personal tab fits a phone screen (no sideways scrolling)',
      async run(browser) {
        const { page, errors, close } = await open(browser, `${baseUrl}/content.html`, PHONE, {
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 2,
        });
        try {
          await expectIntroduction(page);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= PHONE.width, `page is ${width}px wide on a ${PHONE.width}px phone screen`);
          const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
          assert.ok(heading && heading.x + heading.width <= PHONE.width, 'the heading runs off the screen');
          await page.screenshot({ path: join(outDir, 'content-mobile.png'), fullPage: true });
          expectNoErrors(errors);
        } finally {
          await close();
        }
      },
    },
    {
      name: 'personal tab in a foreign frame that never answers falls back to the introduction within 10 s',
      async run(browser) {
        const html = `<!doctype html><iframe title="MUS" src="${baseUrl}/content.html" style="width:800px;height:600px"></iframe>`;
        const { page, errors, close } = await open(browser, 'about:blank', DESKTOP, {
          html,
          allowOrigins: [new URL(baseUrl).origin],
        });
        try {
          const frame = page.frameLocator('iframe[title="MUS"]');
          await expectVisible(
            frame.getByText('Du har åbnet MUS uden for Microsoft Teams og Outlook.'),
            'notice',
          );
          expectNoErrors(errors);
        } finally {
          await close();
        }
      },
    },
  ];
  const placeholders = [
    ['meeting', 'Ikke i et møde'],
    ['settings', 'Ikke i Teams'],
    ['taskpane', 'Ikke i Outlook'],
    ['authStart', 'Logger ind …'],
    ['authEnd', 'Du er logget ind'],
  ];
  for (const [surface, heading] of placeholders) {
    tests.push({
      name: `${surface}.html outside a host shows "${heading}"`,
      async run(browser) {
        const { page, errors, close } = await open(browser, `${baseUrl}/${surface}.html`);
        try {
          await expectVisible(page.getByRole('heading', { level: 1, name: heading }), heading);
          expectNoErrors(errors);
        } finally {
          await close();
        }
      },
    });
  }
  return tests;
}
