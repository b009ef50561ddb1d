/**
 * Runs a bench server (the sandbox or the MUS service) in a child Node process, so the load clients of the
 * bench do not share an event loop with the servers they measure. The child prints one JSON line
 * `{"url": "..."}` when it listens and stops on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { connectSandbox, type SandboxHarness } from '../../service/graph/sandboxHarness';

const readySchema = z.object({ url: z.string() });

export interface ChildServer {
  readonly url: string;
  close(): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would. */
  kill?(): Promise<void>;
}

/** Starts `test/bench/processes/<script>` with tsx and waits for its `{"url"}` line. */
export async function spawnServer(script: string, env: Record<string, string> = {}): Promise<ChildServer> {
  // BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of each child there (open in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...flags, '--import', 'tsx', join(__dirname, script)],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stdout = child.stdout;
  if (!stdout) throw new Error(`${script}: no stdout`);
  const lines = createInterface({ input: stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${String(code)}) before listening`)));
    lines.on('line', (line) => {
      const ready = readySchema.safeParse(JSON.parse(line.startsWith('{') ? line : '{}'));
      if (ready.success) resolve(ready.data.url);
      else process.stderr.write(`${script}: ${line}\n`);
    });
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  };
  return { url, close: () => stop('SIGTERM'), kill: () => stop('SIGKILL') };
}

/** The sandbox in its own process, with the usual harness over HTTP. */
export async function startSandboxProcess(): Promise<SandboxHarness> {
  const server = await spawnServer('sandbox.ts');
  return connectSandbox(server.url, () => server.close());
}

/** Whether the bench keeps everything in one process (`BENCH_IN_PROCESS=1`, the old way, for comparison). */
export const inProcess = (): boolean => process.env.BENCH_IN_PROCESS === '1';
