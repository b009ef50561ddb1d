/** Starts a sandbox on a free port with a temporary data folder and talks to it like a client would. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sandbox, SandboxOptions } from '../../src/sandbox';
import { createSandbox, SERVICE_APP_ID, SERVICE_APP_SECRET } from '../../src/sandbox';

export const GRAPH_SCOPES = 'https://graph.microsoft.com/.default';

export interface Harness {
  sandbox: Sandbox;
  dataDir: string;
  url: string;
  stop(keepData?: boolean): Promise<void>;
}

export async function start(
  options: SandboxOptions = {},
  dataDir = mkdtempSync(join(tmpdir(), 'sandbox-')),
): Promise<Harness> {
  const sandbox = await createSandbox({ port: 0, dataDir, ...options });
  return {
    sandbox,
    dataDir,
    url: sandbox.url,
    stop: async (keepData = false) => {
      await sandbox.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const tokenResponse = z.object({ access_token: z.string(), token_type: z.string(), expires_in: z.number() });

export async function form(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
}

/** A delegated token from the password grant (passwords are not checked). */
export async function userToken(url: string, upn: string, scope = GRAPH_SCOPES): Promise<string> {
  const res = await form(`${url}/oidc/token`, { grant_type: 'password', username: upn, scope });
  if (res.status !== 200) throw new Error(`token ${res.status}: ${await res.text()}`);
  return tokenResponse.parse(await res.json()).access_token;
}

export async function appToken(url: string): Promise<string> {
  const res = await form(`${url}/oidc/token`, {
    grant_type: 'client_credentials',
    client_id: SERVICE_APP_ID,
    client_secret: SERVICE_APP_SECRET,
    scope: GRAPH_SCOPES,
  });
  return tokenResponse.parse(await res.json()).access_token;
}

export interface GraphResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

const objectSchema = z.record(z.string(), z.unknown());

/** Calls Graph at /v1.0 and returns the status and the JSON body ({} if none). */
export async function graph(
  url: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<GraphResponse> {
  const res = await fetch(`${url}/v1.0${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  return { status: res.status, headers: res.headers, body: objectSchema.parse(parsed) };
}

export const demoUser = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  role: z.enum(['leader', 'employee', 'hr', 'director']),
  managerId: z.string().nullable(),
});
export type DemoUser = z.infer<typeof demoUser>;

export async function demoUsers(url: string): Promise<DemoUser[]> {
  const res = await fetch(`${url}/_sandbox/users`);
  return z.object({ value: z.array(demoUser) }).parse(await res.json()).value;
}

export const valueOf = (body: Record<string, unknown>) => z.array(objectSchema).parse(body.value);
export const errorCode = (body: Record<string, unknown>) =>
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }).parse(body).error;

export async function json(res: Response): Promise<Record<string, unknown>> {
  return objectSchema.parse(await res.json());
}
