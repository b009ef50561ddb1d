/**
 * Starts the MUS service from environment settings (`config.ts`): Entra in production, the sandbox on the
 * embedded default (`MUS_SANDBOX_URL`). Only the settings differ; the code is the same.
 * Records live in the MUS SharePoint lists (app-only); the lists are provisioned (idempotently, 0 writes when
 * in place) unless the caller hands over the site it provisioned. `records: 'memory'` is for unit tests only.
 */
import { z } from 'zod';
import { buildApp } from './app';
import { createTokenValidator } from './auth/tokenValidator';
import { cachedDirectory, graphDirectory } from './authorization/directory';
import { loadServiceConfig, type ServiceConfig } from './config';
import { createGraphClientFactory } from './graph/client';
import { createMemoryRecordStore } from './records/memoryRecordStore';
import { oneDrivePrivateNotes } from './records/privateNotes';
import type { RecordStore } from './records/recordStore';
import { createSharePointRecordStore, type MusSite } from './records/sharePointRecordStore';
import { provisionMusSite } from './sharepoint';

export async function startService(
  config: ServiceConfig,
  options: {
    port: number;
    hrGroupId: string;
    host?: string;
    /** The provisioned MUS site; without it the service provisions (or finds) the lists itself. */
    site?: MusSite;
    /** Another record store instead of SharePoint: `'memory'` or a store of the caller's (tests only). */
    records?: RecordStore | 'memory';
    logger?: boolean;
    /** Folder of the built pages (default dist/web); tests pass one that does not exist. */
    webRoot?: string;
    /** How long directory answers (manager, reports, HR) are cached; default 60 s. */
    directoryCacheMs?: number;
  },
) {
  const discovery = z
    .object({ jwks_uri: z.url(), issuer: z.string() })
    .parse(await (await fetch(`${config.issuer}/.well-known/openid-configuration`)).json());
  const graph = createGraphClientFactory(config);
  const app = graph.app();
  const directory = cachedDirectory(graphDirectory(app), options.directoryCacheMs);
  const privateNotes = oneDrivePrivateNotes((caller) => graph.forUser(caller.token, caller.userId));
  const recordStore = async (): Promise<RecordStore> => {
    if (options.records === 'memory') return createMemoryRecordStore();
    if (options.records) return options.records;
    const site =
      options.site ?? (await provisionMusSite(app, { siteId: config.siteId, siteSearch: config.siteSearch }));
    return createSharePointRecordStore(app, site);
  };
  const service = await buildApp({
    tokens: createTokenValidator({
      issuer: discovery.issuer,
      jwksUri: discovery.jwks_uri,
      audiences: [config.apiAudience, config.clientId],
      tenantId: config.tenantId,
      requiredScope: 'access_as_user',
    }),
    directory,
    records: await recordStore(),
    privateNotes,
    hrGroupId: options.hrGroupId,
    logger: options.logger ?? true,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const url = await service.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  return { url, close: () => service.close() };
}

if (require.main === module) {
  const config = loadServiceConfig();
  startService(config, {
    port: Number(process.env.PORT ?? 53000),
    hrGroupId: process.env.MUS_HR_GROUP_ID ?? 'hr',
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
