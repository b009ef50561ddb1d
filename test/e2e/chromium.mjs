// Make sure Debian's Chromium is there: install it when we can (root with apt-get), else say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Returns the Chromium path, or exits the process with a message that says how to get Chromium. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`e2e: ${CHROMIUM} is missing; installing Debian's chromium package with apt-get …`);
    const r = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'],
      {
        stdio: 'inherit',
      },
    );
    if (r.status === 0 && existsSync(CHROMIUM)) return CHROMIUM;
  }
  console.error(
    `e2e: Chromium is not installed at ${CHROMIUM}.\n` +
      '     Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '     (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.',
  );
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}
