/**
 * Azurite's queue service in a child process, for the embedded default (`npm start`) and the tests: data in
 * `location`, a free port unless one is given. Answers the connection string of its development account.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { azuriteConnectionString } from './settings';

export interface Azurite {
  readonly connectionString: string;
  close(): Promise<void>;
}

export async function startAzurite(options: { location: string; port?: number }): Promise<Azurite> {
  mkdirSync(options.location, { recursive: true });
  const bin = require.resolve('azurite/dist/src/queue/main.js');
  const child = spawn(
    process.execPath,
    [
      bin,
      '--queuePort',
      String(options.port ?? 0),
      '--location',
      options.location,
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`Azurite exited (${String(code)}) before listening`)));
    lines.on('line', (line) => {
      const m = /listens on (http:\/\/\S+)/.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
  });
  return {
    connectionString: azuriteConnectionString(url),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
