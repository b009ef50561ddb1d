/**
 * Retention: conversations whose last event is older than the configured number of years are deleted with
 * everything that belongs to them (`retentionSweep.ts`: what, in which order, and why a stopped sweep loses
 * nothing); each deletion is an entry in the audit list, once. A sweep runs as a job on the same Azure Storage
 * queue machinery as booking (`queue.ts`, `worker.ts`), on a queue of its own; each service instance sends one
 * every `everyMs`, and a sweep is idempotent, so two instances sweeping at once delete nothing twice. Private
 * notes are deleted on their author's behalf at the author's next visit (`privateNotesRetention.ts`).
 *
 * Settings (environment, optional): `MUS_RETENTION_YEARS` (default 5, 1 to 30), `MUS_RETENTION_SWEEP_MINUTES`
 * (default 60).
 */
import { z } from 'zod';
import { ConfigError } from '../config';
import type { ConclusionFiles } from '../pdf/files';
import type { Collections } from '../records/collection';
import { workerLog, type JobLogger } from './jobLog';
import { connectJobQueue } from './queue';
import type { JobSettings } from './settings';
import { sweepRetention } from './retentionSweep';
import { startWorker } from './worker';

export type { JobLogger } from './jobLog';

export interface RetentionSettings {
  /** How many years after its last event a conversation is kept. */
  readonly years: number;
  /** How often this instance asks for a sweep. */
  readonly everyMs: number;
}

const envSchema = z.object({
  MUS_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  MUS_RETENTION_SWEEP_MINUTES: z.coerce.number().min(0.01).max(1440).default(60),
});

export function loadRetentionSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): RetentionSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid retention settings: ${z.prettifyError(parsed.error)}`);
  return {
    years: parsed.data.MUS_RETENTION_YEARS,
    everyMs: parsed.data.MUS_RETENTION_SWEEP_MINUTES * 60_000,
  };
}

/** The retention job: this instance's worker on the retention queue, and its timer that asks for sweeps. */
export async function startRetention(deps: {
  readonly settings: JobSettings;
  readonly retention: RetentionSettings;
  readonly records: Collections;
  readonly files?: ConclusionFiles;
  readonly now: () => Date;
  readonly logger: JobLogger;
}): Promise<{ close(): Promise<void> }> {
  const { logger } = deps;
  const log = workerLog(logger, 'retention');
  const queue = await connectJobQueue({
    ...deps.settings,
    queueName: `${deps.settings.queueName}-retention`,
  });
  const sweepDeps = {
    records: deps.records,
    ...(deps.files ? { files: deps.files } : {}),
    years: deps.retention.years,
    now: deps.now,
  };
  const worker = startWorker(
    queue,
    async () => {
      const deleted = await sweepRetention(sweepDeps);
      if (deleted > 0) logger.info(`retention: ${deleted} conversation(s) deleted`);
      return { kind: 'ended' };
    },
    { visibilitySeconds: deps.settings.visibilitySeconds, log },
  );
  const ask = () =>
    void queue
      .send(JSON.stringify({ kind: 'retention' }))
      .catch((e: unknown) => log('asking for a sweep', e));
  ask();
  const timer = setInterval(ask, deps.retention.everyMs);
  return {
    close: async () => {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
