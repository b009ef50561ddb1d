/**
 * The MUS service on the local Microsoft 365 sandbox, as `npm start` runs it: the sandbox in-process on a temp
 * folder, the MUS lists provisioned by the product's code, and `startService` with the sandbox settings (JWKS
 * from the sandbox's /oidc, the Graph directory, records in the SharePoint lists, private notes in OneDrive).
 * Tokens come from the sandbox's /oidc password grant. One per suite file (beforeAll).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { RetentionSettings } from '../../../src/service/jobs/retention';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createSandbox, HR_GROUP_ID, MUS_SITE_ID } from '../../../src/sandbox';
import { defaultApps, type SandboxOptions } from '../../../src/sandbox/config';
import { sandboxConfig, type ServiceConfig } from '../../../src/service/config';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import type { ReminderSettings } from '../../../src/service/jobs/remindersSettings';
import type { JobSettings } from '../../../src/service/jobs/settings';
import { startService } from '../../../src/service/main';
import { provisionMusSite } from '../../../src/service/sharepoint';
import { client, type Call } from './http';

const usersSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      userPrincipalName: z.string(),
      displayName: z.string(),
      department: z.string().nullish(),
      jobTitle: z.string().nullish(),
      role: z.string(),
      managerId: z.string().nullish(),
    }),
  ),
});
export type SandboxUser = z.infer<typeof usersSchema>['value'][number];
const tokenSchema = z.object({ access_token: z.string() });

/** A directory administration tool (not the MUS service): may change managers, as an HR system would. */
export const ADMIN_APP = {
  clientId: '7d1c0a9e-5b1f-4c53-9d1e-4f1e2a000001',
  clientSecret: 'admin-secret',
  displayName: 'Directory admin (tests)',
  roles: ['User.ReadWrite.All'],
  selectedSites: [],
};

export interface ServiceOnSandbox {
  readonly url: string;
  readonly sandboxUrl: string;
  readonly config: ServiceConfig;
  readonly dataDir: string;
  /** The provisioned MUS site: its id and the id of each list. */
  readonly site: Awaited<ReturnType<typeof provisionMusSite>>;
  readonly call: Call;
  /** One client per service instance (`instances`), the first being `call`'s. */
  readonly calls: Call[];
  users(): Promise<SandboxUser[]>;
  /** A token from the sandbox's /oidc password grant (scope defaults to the MUS API's access_as_user). */
  token(upn: string, scope?: string): Promise<string>;
  /** Moves the sandbox clock (tokens minted now carry shifted times). */
  shiftClock(ms: number): void;
  /** Sets a user's manager in the directory (`PUT /users/{id}/manager/$ref`, as an admin app). */
  setManager(userId: string, managerId: string): Promise<void>;
  /** Stops every service instance and starts one again on the same lists and queue: its client. */
  restart(): Promise<Call>;
  close(): Promise<void>;
}

export async function startServiceOnSandbox(
  options: {
    directoryCacheMs?: number;
    jobs?: JobSettings;
    reminders?: ReminderSettings;
    /** The service reads the sandbox's movable clock, as on the embedded default (`src/embedded.ts`). */
    oneClock?: boolean;
    /** Retention with a job queue (`jobs/retention.ts`; default from the environment). */
    retention?: RetentionSettings;
    /** More service instances on the same sandbox and lists (default 1); `calls` reaches each. */
    instances?: number;
    /** The sandbox's SharePoint meter: its tier and clock (`src/sandbox/meter.ts`). */
    meter?: Pick<SandboxOptions, 'licences' | 'meterClock'>;
  } = {},
): Promise<ServiceOnSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mus-service-'));
  let shift = 0;
  const sandbox = await createSandbox({
    port: 0,
    dataDir,
    logger: false,
    now: () => new Date(Date.now() + shift),
    apps: [...defaultApps(MUS_SITE_ID), ADMIN_APP],
    ...options.meter,
  });
  const sandboxUrl = sandbox.url.replace(/\/+$/, '');
  const config = sandboxConfig(sandboxUrl);
  const site = await provisionMusSite(createGraphClientFactory(config).app(), {
    siteSearch: config.siteSearch,
  });
  const start = () =>
    startService(config, {
      port: 0,
      hrGroupId: HR_GROUP_ID,
      site,
      logger: process.env.DEBUG_SERVICE === '1',
      webRoot: join(dataDir, 'no-pages'),
      ...(options.directoryCacheMs !== undefined ? { directoryCacheMs: options.directoryCacheMs } : {}),
      ...(options.jobs ? { jobs: options.jobs } : {}),
      ...(options.reminders ? { reminders: options.reminders } : {}),
      ...(options.oneClock ? { now: sandbox.now } : {}),
      ...(options.retention ? { retention: options.retention } : {}),
    });
  const services = [await start()];
  while (services.length < (options.instances ?? 1)) services.push(await start());
  const service = services[0] ?? (await start());
  const form = (fields: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(fields) });
  const token = async (upn: string, scope = `${config.apiAudience}/access_as_user`) => {
    const res = await fetch(
      `${sandboxUrl}/oidc/token`,
      form({ grant_type: 'password', username: upn, scope, client_id: config.clientId }),
    );
    if (!res.ok) throw new Error(`token for ${upn}: ${res.status} ${await res.text()}`);
    return tokenSchema.parse(await res.json()).access_token;
  };
  return {
    url: service.url,
    sandboxUrl,
    config,
    dataDir,
    site,
    call: client(service.url),
    calls: services.map((x) => client(x.url)),
    users: async () => usersSchema.parse(await (await fetch(`${sandboxUrl}/_sandbox/users`)).json()).value,
    token,
    shiftClock: (ms) => {
      shift = ms;
    },
    async setManager(userId, managerId) {
      const admin = await fetch(
        `${sandboxUrl}/oidc/token`,
        form({
          grant_type: 'client_credentials',
          client_id: ADMIN_APP.clientId,
          client_secret: ADMIN_APP.clientSecret,
          scope: 'https://graph.microsoft.com/.default',
        }),
      );
      const adminToken = tokenSchema.parse(await admin.json()).access_token;
      const res = await fetch(`${sandboxUrl}/v1.0/users/${userId}/manager/$ref`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/users/${managerId}` }),
      });
      if (res.status !== 204) throw new Error(`manager of ${userId}: ${res.status} ${await res.text()}`);
    },
    async restart() {
      await Promise.all(services.splice(0).map((x) => x.close()));
      services.push(await start());
      return client(services[0]!.url);
    },
    close: async () => {
      await Promise.all(services.map((x) => x.close()));
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
