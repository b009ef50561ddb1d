// Start the real embedded default (`src/embedded.ts`: sandbox + provisioning + MUS service) on free ports
// with a temporary data folder, for the local host page's browser tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 90_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} root the repository
 * @param {Record<string, string>} [extraEnv] more settings of the embedded default (e.g. how often reminders look)
 * @returns {Promise<{ baseUrl: string, sandboxUrl: string, fluidUrl: string, close: () => Promise<void> }>}
 */
export async function startEmbedded(root, extraEnv = {}) {
  const [port, sandboxPort, fluidPort] = [await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'mus-host-e2e-'));
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['src/embedded.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_DATA_DIR: dataDir,
      FLUID_PORT: String(fluidPort),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx, the embedded default and its Azurite and Fluid children go together.
    detached: true,
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    // Nothing of it may outlive the test (an orphaned Azurite holding the output pipe kept `npm test` waiting).
    signalGroup('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the embedded default did not start in time')),
        START_TIMEOUT_MS,
      );
      const onData = (chunk) => {
        output += chunk;
        if (/MUS is running at/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the embedded default exited (${code}):\n${output.slice(-2000)}`));
      });
    });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    baseUrl: `http://localhost:${port}`,
    sandboxUrl: `http://localhost:${sandboxPort}`,
    fluidUrl: `http://localhost:${fluidPort}`,
    close,
  };
}

/**
 * Open `path` (e.g. `/host/`) of the embedded default in a fresh 1280×800 Danish browser context, with the
 * sandbox's address in `?sandbox=`; nothing but the service and the sandbox is reachable (Microsoft's CDN
 * fails, as offline). Page errors are collected in `errors`.
 */
export async function openOnEmbedded(
  browser,
  { baseUrl, sandboxUrl, fluidUrl },
  path,
  query = '',
  options = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  const page = await context.newPage();
  // A browser whose own clock is off (`options.clock`): the pages must keep the organisation's time.
  if (options.clock) await page.clock.setFixedTime(options.clock);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  // The live layer's local Fluid service too (its WebSocket is not routed through here).
  const allowed = new Set([baseUrl, sandboxUrl, fluidUrl].filter(Boolean).map((url) => new URL(url).origin));
  await page.route('**/*', (route) =>
    allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort(),
  );
  await page.goto(`${baseUrl}${path}?sandbox=${encodeURIComponent(sandboxUrl)}${query ? `&${query}` : ''}`);
  return { page, errors, close: () => context.close() };
}
