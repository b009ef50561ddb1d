/**
 * The MUS service on the sandbox with its job queue on Azurite in a temp folder (one per suite file, beforeAll),
 * Hanne's token and her reports from the directory; `close` stops both and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../../src/service/jobs/azurite';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';
import { HANNE } from './bookingWorld';

export interface QueuedService {
  readonly s: ServiceOnSandbox;
  readonly hanne: string;
  readonly users: Awaited<ReturnType<ServiceOnSandbox['users']>>;
  readonly reports: QueuedService['users'];
  close(): Promise<void>;
}

export async function startQueuedService(prefix: string): Promise<QueuedService> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const azurite = await startAzurite({ location: folder });
  const jobs = loadJobSettings({}, { connectionString: azurite.connectionString, visibilitySeconds: 5 });
  const s = await startServiceOnSandbox(jobs ? { jobs } : {});
  const hanne = await s.token(HANNE);
  const users = await s.users();
  const hanneId = users.find((u) => u.userPrincipalName === HANNE)?.id;
  return {
    s,
    hanne,
    users,
    reports: users.filter((u) => u.managerId === hanneId),
    close: async () => {
      await s.close();
      await azurite.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
