/**
 * Settings of the booking jobs (environment variables, all optional):
 * - `MUS_QUEUE_CONNECTION_STRING`  Azure Storage connection string of the job queue (Azurite on the embedded
 *   default); without it booking answers 503 and no worker runs
 * - `MUS_QUEUE_NAME`               the queue (default `mus-booking`)
 * - `MUS_QUEUE_VISIBILITY_SECONDS` how long a received job stays hidden from other instances without a
 *   heartbeat (default 60); a killed instance's job reappears after it
 * - `MUS_TEAMS_APP_ID`             the MUS app's id in the organisation's Teams app catalog (installed in each
 *   meeting chat, and the app of the deep links and activity notifications)
 * - `MUS_TAB_URL`                  the content URL of the meeting side panel tab
 */
import { z } from 'zod';

export interface JobSettings {
  readonly connectionString: string;
  readonly queueName: string;
  readonly visibilitySeconds: number;
  readonly teamsAppId: string;
  readonly tabUrl: string;
}

/** The sandbox's MUS app id in its Teams catalog (any id installs there) and the local side panel page. */
export const DEFAULT_TEAMS_APP_ID = 'a6f0d2c4-3b8e-4f1a-9c7d-5e2b1f0a8d36';
export const DEFAULT_TAB_URL = 'https://localhost:53000/sidepanel.html';

/** Azurite's well-known development account, with the queue endpoint at `queueUrl`. */
export const azuriteConnectionString = (queueUrl: string): string =>
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
  `QueueEndpoint=${queueUrl.replace(/\/+$/, '')}/devstoreaccount1;`;

const envSchema = z.object({
  MUS_QUEUE_CONNECTION_STRING: z.string().min(1).optional(),
  MUS_QUEUE_NAME: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/)
    .default('mus-booking'),
  MUS_QUEUE_VISIBILITY_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  MUS_TEAMS_APP_ID: z.string().min(1).default(DEFAULT_TEAMS_APP_ID),
  MUS_TAB_URL: z.url().default(DEFAULT_TAB_URL),
});

/** The job settings from the environment, or undefined when no queue is configured. */
export function loadJobSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
  overrides: Partial<JobSettings> = {},
): JobSettings | undefined {
  const e = envSchema.parse(env);
  const connectionString = overrides.connectionString ?? e.MUS_QUEUE_CONNECTION_STRING;
  if (!connectionString) return undefined;
  return {
    connectionString,
    queueName: e.MUS_QUEUE_NAME,
    visibilitySeconds: e.MUS_QUEUE_VISIBILITY_SECONDS,
    teamsAppId: e.MUS_TEAMS_APP_ID,
    tabUrl: e.MUS_TAB_URL,
    ...overrides,
  };
}
