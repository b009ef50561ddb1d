/**
 * The embedded default (`npm start`): the local Microsoft 365 sandbox, the MUS lists provisioned by the
 * product's own code, and the MUS service serving the API and the built pages. This file is the one place
 * that knows both the sandbox and the service; the service itself only sees settings (`sandboxConfig`).
 */
import { join } from 'node:path';
import { createSandbox, HR_GROUP_ID } from './sandbox';
import { sandboxConfig } from './service/config';
import { createGraphClientFactory } from './service/graph/client';
import { startAzurite } from './service/jobs/azurite';
import { loadJobSettings } from './service/jobs/settings';
import { startLocalFluid } from './service/live/localFluid';
import { loadLiveSettings } from './service/live/settings';
import { provisionMusSite } from './service/sharepoint';
import { startService } from './service/main';

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
  const service = await startService(config, {
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
  console.log(`MUS is running at ${web}`);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
