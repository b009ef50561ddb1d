/**
 * Starts the local Microsoft 365 sandbox in-process on a temp folder and gives the contract suites (and the
 * bench) what they need: service settings pointing at it, tokens for demo users, and its test controls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createSandbox } from '../../../src/sandbox';
import type { ServiceConfig } from '../../../src/service/config';
import { sandboxConfig } from '../../../src/service/config';
import type { GraphPipelineOptions } from '../../../src/service/graph/client';
import { createGraphClientFactory } from '../../../src/service/graph/client';

const usersSchema = z.object({
  value: z.array(
    z.looseObject({
      id: z.string(),
      userPrincipalName: z.string(),
      displayName: z.string(),
      role: z.string().optional(),
    }),
  ),
});
const tokenSchema = z.object({ access_token: z.string() });
const logSchema = z.object({
  value: z.array(
    z.looseObject({
      method: z.string(),
      path: z.string(),
      status: z.number(),
      inner: z.array(z.looseObject({ method: z.string(), path: z.string(), status: z.number() })).optional(),
    }),
  ),
});

export interface FaultRule {
  path?: string;
  method?: string;
  latencyMs?: number;
  status?: 429 | 503 | 504;
  rate?: number;
  failNext?: number;
  retryAfter?: number;
  seed?: number;
  target?: 'all' | 'outer' | 'inner';
}

export interface SandboxHarness {
  readonly url: string;
  readonly config: ServiceConfig;
  factory(options?: GraphPipelineOptions): ReturnType<typeof createGraphClientFactory>;
  users(): Promise<z.infer<typeof usersSchema>['value']>;
  /** A token for a demo user from the password grant (test tooling only). */
  userToken(upn: string, scope: string): Promise<string>;
  /** The caller's token for the MUS API (what the browser sends the service). */
  apiToken(upn: string): Promise<string>;
  faults(rule: FaultRule | { rules: FaultRule[] }): Promise<void>;
  clearFaults(): Promise<void>;
  log(): Promise<z.infer<typeof logSchema>['value']>;
  clearLog(): Promise<void>;
  close(): Promise<void>;
}

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

export async function startSandbox(): Promise<SandboxHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mus-sandbox-'));
  const sandbox = await createSandbox({ port: 0, dataDir, logger: false });
  return connectSandbox(sandbox.url, async () => {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** The harness for a sandbox already running at `sandboxUrl` (e.g. in a child process); `close` stops it. */
export function connectSandbox(sandboxUrl: string, close: () => Promise<void>): SandboxHarness {
  const url = sandboxUrl.replace(/\/+$/, '');
  const config = sandboxConfig(url);
  const control = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
  const userToken = async (upn: string, scope: string) => {
    const body = new URLSearchParams({
      grant_type: 'password',
      username: upn,
      scope,
      client_id: config.clientId,
    });
    const response = await ok(await control('/oidc/token', { method: 'POST', body }), `token for ${upn}`);
    return tokenSchema.parse(await response.json()).access_token;
  };
  return {
    url,
    config,
    factory: (options = {}) => createGraphClientFactory(config, options),
    users: async () =>
      usersSchema.parse(await (await ok(await control('/_sandbox/users'), 'users')).json()).value,
    userToken,
    apiToken: (upn) => userToken(upn, `${config.apiAudience}/access_as_user`),
    faults: async (rule) => {
      await ok(
        await control('/_sandbox/faults', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(rule),
        }),
        'faults',
      );
    },
    clearFaults: async () =>
      void (await ok(await control('/_sandbox/faults', { method: 'DELETE' }), 'faults')),
    log: async () => logSchema.parse(await (await ok(await control('/_sandbox/log'), 'log')).json()).value,
    clearLog: async () => void (await ok(await control('/_sandbox/log', { method: 'DELETE' }), 'log')),
    close,
  };
}
