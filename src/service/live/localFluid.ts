/**
 * The local Fluid service (tinylicious, the service behind `@fluidframework/azure-local-service`) in a child
 * process, for the embedded default (`npm start`) and the tests, as `jobs/azurite.ts` runs Azurite: snapshots
 * under `location`, on `port` or a free one. In a tenant
 * the same client code joins Azure Fluid Relay instead (`settings.ts`).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface LocalFluid {
  /** The service endpoint, e.g. `http://localhost:53200`. */
  readonly endpoint: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (typeof address !== 'object' || address === null) throw new Error('No free port');
  return address.port;
}

async function waitUntilAnswering(url: string, child: { exitCode: number | null }): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The local Fluid service exited (${child.exitCode})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`The local Fluid service did not answer at ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

export async function startLocalFluid(options: { location: string; port?: number }): Promise<LocalFluid> {
  mkdirSync(options.location, { recursive: true });
  const port = options.port || (await freePort());
  const bin = require.resolve('tinylicious/dist/index.js');
  // tinylicious reads its settings with nconf: environment variables with `__` between levels.
  const child = spawn(process.execPath, [bin], {
    env: {
      ...process.env,
      PORT: String(port),
      storage: join(options.location, 'git'),
      // Its documents' index in memory (its LevelDB store fails under load here): after a restart the side
      // panels make a new container and register it in place of the lost one (`src/adapters/live`).
      db__inMemory: 'true',
      logger__level: 'warn',
      logger__colorize: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const endpoint = `http://localhost:${port}`;
  await waitUntilAnswering(endpoint, child);
  return {
    endpoint,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
