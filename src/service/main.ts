/**
 * Starts the MUS service from environment settings (`config.ts`): Entra in production, the sandbox on the
 * embedded default (`MUS_SANDBOX_URL`). Only the settings differ; the code is the same.
 * Records live in the MUS SharePoint lists (app-only); the lists are provisioned (idempotently, 0 writes when
 * in place) unless the caller hands over the site it provisioned. `records: 'memory'` is for unit tests only.
 * Run directly (`npm run serve`), it first runs the tenant self-check (selfCheck.ts) and stops with the list of
 * what is missing; it listens on HOST/PORT, with HTTPS when asked (config.ts `loadListenSettings`).
 */
import { z } from 'zod';
import { buildApp } from './app';
import { graphChatMeetings } from './calendar/chatMeeting';
import { graphCalendar } from './calendar/freeBusy';
import { createTokenValidator } from './auth/tokenValidator';
import { cachedDirectory, graphDirectory } from './authorization/directory';
import { ConfigError, loadListenSettings, loadServiceConfig, type ServiceConfig } from './config';
import { createGraphClientFactory } from './graph/client';
import { devCertificates, listen, type TlsMaterial } from './listen';
import { createBooking } from './jobs/booking';
import { laterLogger, workerLog } from './jobs/jobLog';
import { startReminders } from './jobs/reminders';
import { loadReminderSettings, type ReminderSettings } from './jobs/remindersSettings';
import { loadRetentionSettings, startRetention, type RetentionSettings } from './jobs/retention';
import { loadJobSettings, type JobSettings } from './jobs/settings';
import { loadLiveSettings, type LiveSettings } from './live/settings';
import { cachedRecordStore, recordCacheMs } from './records/cachedRecordStore';
import { createCollections } from './records/collection';
import { createMemoryRecordStore } from './records/memoryRecordStore';
import { oneDrivePrivateNotes } from './records/privateNotes';
import type { RecordStore } from './records/recordStore';
import { createSharePointRecordStore, type MusSite } from './records/sharePointRecordStore';
import { siteDriveFiles } from './pdf/files';
import { selfCheck } from './selfCheck';
import { provisionMusSite } from './sharepoint';

export async function startService(
  config: ServiceConfig,
  options: {
    port: number;
    hrGroupId: string;
    /** Default: HOST (127.0.0.1 locally, 0.0.0.0 in a container). */
    host?: string;
    /** Serve HTTPS with these; default: the dev certificates when MUS_HTTPS=1 or --https, else plain HTTP. */
    tls?: TlsMaterial;
    /** The provisioned MUS site; without it the service provisions (or finds) the lists itself. */
    site?: MusSite;
    /** Another record store instead of SharePoint: `'memory'` or a store of the caller's (tests only). */
    records?: RecordStore | 'memory';
    logger?: boolean;
    /** Folder of the built pages (default dist/web); tests pass one that does not exist. */
    webRoot?: string;
    /** How long this instance uses its copy of a conversation (`cachedRecordStore.ts`); default MUS_RECORD_CACHE_SECONDS. */
    recordCacheMs?: number;
    /** How long directory answers (manager, reports, HR) are cached; default 60 s. */
    directoryCacheMs?: number;
    /** The booking job queue and Teams app settings (`jobs/settings.ts`); without them booking answers 503. */
    jobs?: JobSettings;
    /** Which reminders the scheduled job sends, with the jobs (`jobs/remindersSettings.ts`; default from the environment). */
    reminders?: ReminderSettings;
    /**
     * The organisation's time on the embedded default: the sandbox's movable clock, so that a year can pass
     * in a test. Ignored with a tenant config: there the service runs on real time and has no clock route.
     */
    now?: () => Date;
    /** The Fluid service of the live layer (`live/settings.ts`); without it the live routes answer 503. */
    live?: LiveSettings;
    /** Retention (`jobs/retention.ts`, default from the environment); runs only with a job queue (`jobs`). */
    retention?: RetentionSettings;
  },
) {
  const clock = config.mode === 'sandbox' ? options.now : undefined;
  const discovery = z
    .object({ jwks_uri: z.url(), issuer: z.string() })
    .parse(await (await fetch(`${config.issuer}/.well-known/openid-configuration`)).json());
  const graph = createGraphClientFactory(config);
  const app = graph.app();
  // Writes and reads of preparation, notes and conclusions ask Graph without the cache (a former leader is
  // refused the moment the manager changes); everything else may use an answer up to the cache's age.
  const freshDirectory = graphDirectory(app);
  const directory = cachedDirectory(freshDirectory, options.directoryCacheMs);
  const privateNotes = oneDrivePrivateNotes((caller) => graph.forUser(caller.token, caller.userId));
  const recordStore = async (): Promise<{ records: RecordStore; site?: MusSite }> => {
    if (options.records === 'memory') return { records: createMemoryRecordStore() };
    if (options.records) return { records: options.records };
    const site =
      options.site ?? (await provisionMusSite(app, { siteId: config.siteId, siteSearch: config.siteSearch }));
    return { records: createSharePointRecordStore(app, site), site };
  };
  const stored = await recordStore();
  const records = cachedRecordStore(stored.records, {
    maxAgeMs: options.recordCacheMs ?? recordCacheMs(),
  });
  // The signed conclusions' PDFs go beside the records, in the MUS site's drive.
  const conclusionFiles = stored.site ? siteDriveFiles(app, stored.site.siteId) : undefined;
  // The jobs log through the service's logger; booking starts before the service exists (it is handed to it).
  const jobLogger = laterLogger();
  const booking = options.jobs
    ? await createBooking({
        settings: options.jobs,
        records: createCollections(records),
        graph,
        ...(clock ? { now: clock } : {}),
        log: workerLog(jobLogger, 'booking'),
      })
    : undefined;
  const reminders = options.jobs
    ? await startReminders({
        jobs: options.jobs,
        settings: options.reminders ?? loadReminderSettings(),
        records: createCollections(records),
        graph,
        directory: freshDirectory,
        app: { teamsAppId: options.jobs.teamsAppId, tabUrl: options.jobs.tabUrl },
        now: clock ?? (() => new Date()),
        log: workerLog(jobLogger, 'reminders'),
      })
    : undefined;
  const service = await buildApp({
    tokens: createTokenValidator({
      issuer: discovery.issuer,
      jwksUri: discovery.jwks_uri,
      audiences: [config.apiAudience, config.clientId],
      tenantId: config.tenantId,
      requiredScope: 'access_as_user',
    }),
    directory,
    freshDirectory,
    records,
    ...(booking ? { booking } : {}),
    ...(options.live ? { live: options.live } : {}),
    privateNotes,
    ...(conclusionFiles ? { conclusionFiles } : {}),
    calendar: graphCalendar(graph),
    chatMeetings: graphChatMeetings(graph),
    hrGroupId: options.hrGroupId,
    ...(clock ? { now: clock, clockRoute: true } : {}),
    logger: options.logger ?? true,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  jobLogger.attach(service.log);
  const retention = options.jobs
    ? await startRetention({
        settings: options.jobs,
        retention: options.retention ?? loadRetentionSettings(),
        records: createCollections(records),
        ...(conclusionFiles ? { files: conclusionFiles } : {}),
        now: clock ?? (() => new Date()),
        logger: jobLogger,
      })
    : undefined;
  const defaults = loadListenSettings();
  const listening = await listen(service, {
    port: options.port,
    host: options.host ?? defaults.host,
    tls: options.tls ?? (defaults.https ? await devCertificates() : undefined),
  });
  return {
    url: listening.url,
    close: async () => {
      await booking?.close();
      await reminders?.close();
      await retention?.close();
      await listening.close();
    },
  };
}

/** `npm run serve`: the settings, the tenant self-check, then the service. */
async function main(): Promise<void> {
  const config = loadServiceConfig();
  const { port } = loadListenSettings();
  if (!config.hrGroupId) throw new ConfigError('MUS_HR_GROUP_ID is not set: the object id of the HR group.');
  const problems = await selfCheck(createGraphClientFactory(config), {
    clientId: config.clientId,
    hrGroupId: config.hrGroupId,
    siteId: config.siteId,
  });
  if (problems.length) {
    console.error(`MUS self-check: ${problems.length} thing(s) to fix in the tenant before MUS can run:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log('MUS self-check: sign-in, admin consent, HR group and site grant are in place');
  const jobs = loadJobSettings();
  const live = loadLiveSettings();
  const service = await startService(config, {
    port,
    hrGroupId: config.hrGroupId,
    ...(jobs ? { jobs } : {}),
    ...(live ? { live } : {}),
  });
  console.log(`MUS service listening on ${service.url}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
