/**
 * The embedded default (`npm start`): the local Microsoft 365 sandbox, the MUS lists provisioned by the
 * product's own code, and the MUS service serving the API and the built pages. This file is the one place
 * that knows both the sandbox and the service; the service itself only sees settings (`sandboxConfig`).
 * `MUS_INSTANCES=2` (or more) runs that many service processes behind the one address (Node's cluster: the
 * primary hands each connection to the next worker in turn), which share nothing but SharePoint and the job
 * queue, as instances in a tenant do.
 */
import cluster from 'node:cluster';
import { join } from 'node:path';
import { z } from 'zod';
import { createSandbox, HR_GROUP_ID } from './sandbox';
import { sandboxConfig } from './service/config';
import { createGraphClientFactory } from './service/graph/client';
import { startAzurite } from './service/jobs/azurite';
import { loadJobSettings } from './service/jobs/settings';
import { startLocalFluid } from './service/live/localFluid';
import { loadLiveSettings } from './service/live/settings';
import { provisionMusSite } from './service/sharepoint';
import { startService } from './service/main';

/** What the primary hands each worker: the sandbox, the job queue, the Fluid service (the lists it finds itself). */
const workerSchema = z.object({
  sandboxUrl: z.string(),
  queue: z.string().optional(),
  fluid: z.string().optional(),
});

/** A service instance in a cluster worker, on the primary's port. */
async function worker(port: number): Promise<void> {
  const settings = workerSchema.parse(JSON.parse(process.env.MUS_EMBEDDED_WORKER ?? '{}'));
  const jobs = loadJobSettings(process.env, settings.queue ? { connectionString: settings.queue } : {});
  const live = loadLiveSettings(process.env, settings.fluid ? { endpoint: settings.fluid } : {});
  const service = await startService(sandboxConfig(settings.sandboxUrl), {
    port,
    hrGroupId: HR_GROUP_ID,
    now: await followClock(settings.sandboxUrl),
    ...(jobs ? { jobs } : {}),
    ...(live ? { live } : {}),
  });
  // The primary stops (or dies): this instance stops too.
  process.once('disconnect', () => void service.close().finally(() => process.exit(0)));
}

/** The sandbox's clock in a worker process: its offset from real time, asked again every second. */
async function followClock(sandboxUrl: string): Promise<() => Date> {
  let offsetMs = 0;
  const read = async () => {
    const { now } = z
      .object({ now: z.string() })
      .parse(await (await fetch(`${sandboxUrl}/_sandbox/clock`)).json());
    offsetMs = Date.parse(now) - Date.now();
  };
  await read();
  setInterval(() => void read().catch(() => undefined), 1000).unref();
  return () => new Date(Date.now() + offsetMs);
}

/** `instances` service processes on `port`; resolves when all listen. */
async function workers(instances: number, settings: z.infer<typeof workerSchema>): Promise<void> {
  const env = { MUS_EMBEDDED_WORKER: JSON.stringify(settings) };
  const started = Array.from({ length: instances }, () => {
    const forked = cluster.fork(env);
    return new Promise<void>((resolve, reject) => {
      forked.once('listening', () => resolve());
      forked.once('exit', (code) => reject(new Error(`MUS service instance exited (${String(code)})`)));
    });
  });
  await Promise.all(started);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 53000);
  const sandboxPort = Number(process.env.SANDBOX_PORT ?? 53100);
  const dataDir = process.env.SANDBOX_DATA_DIR ?? join(process.cwd(), '.data', 'sandbox');

  const sandbox = await createSandbox({ port: sandboxPort, dataDir });
  // The booking job queue: Azurite's queue service (data under .data/azurite), unless one is configured.
  const azurite = process.env.MUS_QUEUE_CONNECTION_STRING
    ? undefined
    : await startAzurite({ location: join(process.cwd(), '.data', 'azurite') });
  // The live layer's Fluid service: the local one (documents under the sandbox's data), unless one is configured.
  const fluid = process.env.MUS_FLUID_ENDPOINT
    ? undefined
    : await startLocalFluid({
        location: join(dataDir, 'fluid'),
        port: Number(process.env.FLUID_PORT ?? 53200),
      });
  const live = loadLiveSettings(process.env, fluid ? { endpoint: fluid.endpoint } : {});
  const jobs = loadJobSettings(process.env, azurite ? { connectionString: azurite.connectionString } : {});
  const config = sandboxConfig(sandbox.url);
  const report = await provisionMusSite(createGraphClientFactory(config).app(), {
    siteSearch: config.siteSearch,
  });
  const instances = Number(process.env.MUS_INSTANCES ?? 1);
  const service =
    instances > 1
      ? await workers(instances, {
          sandboxUrl: sandbox.url,
          ...(azurite ? { queue: azurite.connectionString } : {}),
          ...(fluid ? { fluid: fluid.endpoint } : {}),
        }).then(() => ({
          url: `http://127.0.0.1:${port}`,
          close: () => new Promise<void>((resolve) => cluster.disconnect(resolve)),
        }))
      : await startService(config, {
          port,
          hrGroupId: HR_GROUP_ID,
          site: report,
          // One clock: the service reads the sandbox's, which `POST /_sandbox/clock` on the sandbox moves.
          now: sandbox.now,
          ...(jobs ? { jobs } : {}),
          ...(live ? { live } : {}),
        });

  console.log(
    `Microsoft 365 sandbox: ${sandbox.url} (Graph ${sandbox.url}/v1.0, sign-in ${sandbox.url}/oidc)`,
  );
  console.log(
    `MUS lists: ${report.createdLists.length} created, ${Object.keys(report.listIds).length} in place (schema v${report.schemaVersion})`,
  );
  const web = service.url.replace('127.0.0.1', 'localhost');
  const hostQuery = sandboxPort === 53100 ? '' : `?sandbox=${encodeURIComponent(sandbox.url)}`;
  if (live) console.log(`Live layer (Fluid): ${live.endpoint}`);
  console.log(`MUS is running at ${web}${instances > 1 ? ` (${instances} service instances)` : ''}`);
  console.log(`Open it in the local Teams host: ${web}/host/${hostQuery}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([service.close(), sandbox.close(), azurite?.close(), fluid?.close()]).then(() =>
      process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

(cluster.isWorker ? worker(Number(process.env.PORT ?? 53000)) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
