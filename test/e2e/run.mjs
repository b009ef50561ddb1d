#!/usr/bin/env node
// Browser tests in real Chromium (Debian's package, driven by playwright-core).
// Serves dist/web itself (building it first if missing), or tests BASE_URL when set.
// Prints one line per test and ends with `e2e: N passed, N failed`; exits non-zero on any failure.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveStatic } from './staticServer.mjs';
import { afterTests } from './after.mjs';
import { conceptTests } from './concept.mjs';
import { groupTests } from './group.mjs';
import { hostTests } from './host.mjs';
import { hrTests } from './hr.mjs';
import { inHostTests } from './inHost.mjs';
import { surfaceTests } from './surfaces.mjs';
import { yearTests } from './year.mjs';
import { yearLayoutTests } from './yearLayout.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'test-output', 'e2e');

async function main() {
  const executablePath = ensureChromium();
  mkdirSync(outDir, { recursive: true });

  let baseUrl = process.env.BASE_URL?.replace(/\/+$/, '');
  let server;
  if (!baseUrl) {
    const web = join(root, 'dist', 'web');
    if (!existsSync(join(web, 'content.html')) || !existsSync(join(web, 'host', 'index.html'))) {
      console.log('e2e: dist/web is missing; building (webpack --mode production) …');
      const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) return finish([{ name: 'build dist/web', error: new Error('webpack failed') }]);
    }
    server = await serveStatic(web);
    baseUrl = server.baseUrl;
  }
  console.log(`e2e: testing ${baseUrl} with ${executablePath}`);

  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const results = [];
  // The local host page runs on the real embedded default (its own sandbox and service on free ports).
  const host = hostTests({ root, outDir });
  // What comes after the talk moves its own embedded default's clock a year: it has its own.
  const after = afterTests({ root, outDir });
  // HR's overview has its own embedded default too (its rounds would change the others' figures).
  const hr = hrTests({ root, outDir });
  // A year of MUS in fast-forward: its own embedded default too.
  const year = yearTests({ root, outDir });
  // The follow-up surfaces on a phone and at a desk, in Danish and English: its own embedded default too.
  const yearLayout = yearLayoutTests({ root, outDir });
  // HR's concept administration publishes a concept: its own embedded default too.
  const concept = conceptTests({ root, outDir });
  // Group conversations move their own embedded default's clock to the group's meeting.
  const group = groupTests({ root, outDir });
  try {
    // E2E_ONLY=a,b runs only the tests whose names hold one of these (while iterating; npm test runs all).
    const only = process.env.E2E_ONLY?.split(',').filter(Boolean) ?? [];
    const tests = [
      ...surfaceTests({ baseUrl, outDir }),
      ...inHostTests({ baseUrl, outDir }),
      ...host.tests,
      ...after.tests,
      ...hr.tests,
      ...year.tests,
      ...yearLayout.tests,
      ...concept.tests,
      ...group.tests,
    ].filter((test) => only.length === 0 || only.some((part) => test.name.includes(part)));
    for (const test of tests) {
      const started = Date.now();
      try {
        await test.run(browser);
        results.push({ name: test.name, ms: Date.now() - started });
      } catch (error) {
        results.push({ name: test.name, ms: Date.now() - started, error });
      }
      const last = results.at(-1);
      console.log(
        `  ${last.error ? '✘' : '✔'} ${last.name} (${last.ms} ms)${last.error ? `\n      ${last.error.message}` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await server?.close();
    await host.close();
    await after.close();
    await hr.close();
    await year.close();
    await yearLayout.close();
    await concept.close();
    await group.close();
  }
  return finish(results);
}

function finish(results) {
  const failed = results.filter((r) => r.error).length;
  const passed = results.length - failed;
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
