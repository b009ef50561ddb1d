/**
 * Child process of the bench: the MUS service against the sandbox at `BENCH_SANDBOX_URL`, with the lists
 * provisioned, and its booking worker when `MUS_QUEUE_CONNECTION_STRING` names a queue; prints `{"url"}`, stops
 * on SIGTERM.
 */
import { HR_GROUP_ID } from '../../../src/sandbox';
import { sandboxConfig } from '../../../src/service/config';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { startService } from '../../../src/service/main';
import { provisionMusSite } from '../../../src/service/sharepoint';

void (async () => {
  const config = sandboxConfig(process.env.BENCH_SANDBOX_URL ?? '');
  const site = await provisionMusSite(createGraphClientFactory(config).app(), {
    siteSearch: config.siteSearch,
  });
  const jobs = loadJobSettings();
  const service = await startService(config, {
    port: 0,
    hrGroupId: HR_GROUP_ID,
    site,
    logger: false,
    ...(jobs ? { jobs } : {}),
  });
  process.once('SIGTERM', () => {
    void service.close().finally(() => process.exit(0));
  });
  process.stdout.write(`${JSON.stringify({ url: service.url })}\n`);
})();
