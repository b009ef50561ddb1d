/**
 * Settings of the booking jobs (environment variables, all optional):
 * - `MUS_JOBS_QUEUE_URL`           the job queue's URL in a tenant (`infra/azure.bicep` sets it), reached with the
 *   App Service's managed identity (`DefaultAzureCredential`, role Storage Queue Data Contributor), no keys
 * - `MUS_QUEUE_CONNECTION_STRING`  or an Azure Storage connection string (Azurite on the embedded default);
 *   with neither, booking answers 503 and no worker runs
 * - `MUS_QUEUE_NAME`               the queue with a connection string (default `mus-booking`)
 * - `MUS_QUEUE_VISIBILITY_SECONDS` how long a received job stays hidden from other instances without a
 *   heartbeat (default 60); a killed instance's job reappears after it
 * - `MUS_TEAMS_APP_ID`             the MUS app's id in the organisation's Teams app catalog (installed in each
 *   meeting chat, and the app of the deep links and activity notifications)
 * - `MUS_ADDIN_ID`                 the Outlook add-in's id, the `id` of the app manifest (default `MUS_TEAMS_APP_ID`):
 *   the name of the property Outlook stores the add-in's mark of an appointment in
 * - `MUS_TAB_URL`                  the content URL of the meeting side panel tab (default
 *   `https://<MUS_TAB_DOMAIN>/meeting.html`, locally https://localhost:53000/meeting.html)
 */
import { z } from 'zod';
import { settingsLoader } from '../config';

export interface JobSettings {
  /** A connection string, or the queue's URL (`https://<account>.queue.core.windows.net/<queue>`). */
  readonly connectionString?: string;
  readonly queueUrl?: string;
  readonly queueName: string;
  readonly visibilitySeconds: number;
  readonly teamsAppId: string;
  /** The manifest's `id`, which names the add-in's custom properties on an Outlook item. */
  readonly addInId: string;
  readonly tabUrl: string;
}

/** The sandbox's MUS app id in its Teams catalog (any id installs there) and the local side panel page. */
export const DEFAULT_TEAMS_APP_ID = 'a6f0d2c4-3b8e-4f1a-9c7d-5e2b1f0a8d36';
export const DEFAULT_TAB_URL = 'https://localhost:53000/meeting.html';

/** Azurite's well-known development account, with the queue endpoint at `queueUrl`. */
export const azuriteConnectionString = (queueUrl: string): string =>
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
  `QueueEndpoint=${queueUrl.replace(/\/+$/, '')}/devstoreaccount1;`;

const envSchema = z.object({
  MUS_JOBS_QUEUE_URL: z.url().optional(),
  MUS_QUEUE_CONNECTION_STRING: z.string().min(1).optional(),
  MUS_QUEUE_NAME: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/)
    .default('mus-booking'),
  MUS_QUEUE_VISIBILITY_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  MUS_TEAMS_APP_ID: z.string().min(1).default(DEFAULT_TEAMS_APP_ID),
  MUS_ADDIN_ID: z.string().min(1).optional(),
  MUS_TAB_URL: z.url().optional(),
  MUS_TAB_DOMAIN: z.string().min(1).optional(),
});

/** The job settings from the environment (overrides win), or undefined when no queue is configured. */
export const loadJobSettings = settingsLoader(
  'job settings',
  envSchema,
  (e, overrides: Partial<JobSettings>): JobSettings | undefined => {
    const connectionString = overrides.connectionString ?? e.MUS_QUEUE_CONNECTION_STRING;
    const queueUrl = connectionString ? undefined : e.MUS_JOBS_QUEUE_URL;
    if (!connectionString && !queueUrl) return undefined;
    return {
      ...(connectionString ? { connectionString } : { queueUrl }),
      queueName: e.MUS_QUEUE_NAME,
      visibilitySeconds: e.MUS_QUEUE_VISIBILITY_SECONDS,
      teamsAppId: e.MUS_TEAMS_APP_ID,
      addInId: e.MUS_ADDIN_ID ?? e.MUS_TEAMS_APP_ID,
      tabUrl:
        e.MUS_TAB_URL ?? (e.MUS_TAB_DOMAIN ? `https://${e.MUS_TAB_DOMAIN}/meeting.html` : DEFAULT_TAB_URL),
      ...overrides,
    };
  },
);
