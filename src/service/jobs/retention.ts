/**
 * Retention: conversations whose last event is older than the configured number of years are deleted, with
 * their preparations, shared notes, goals, conclusion, evaluations and live document; each deletion is an
 * entry in the audit list. A sweep runs as a job on the same Azure Storage queue machinery as booking
 * (`queue.ts`, `worker.ts`), on a queue of its own; each service instance sends one every `everyMs`, and a
 * sweep is idempotent, so two instances sweeping at once delete nothing twice. Private notes stay in their
 * author's OneDrive, out of the service's reach (`records/privateNotes.ts`).
 *
 * Settings (environment, optional): `MUS_RETENTION_YEARS` (default 5, 1 to 30), `MUS_RETENTION_SWEEP_MINUTES`
 * (default 60).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../config';
import type { Collections } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { connectJobQueue } from './queue';
import type { JobSettings } from './settings';
import { startWorker } from './worker';

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

/** The conversation's last event: its newest history entry, else when it was last changed. */
export function lastEventOf(c: ConversationRecord): string {
  return c.history.reduce((latest, h) => (h.at > latest ? h.at : latest), c.updatedAt);
}

/** True when the conversation's last event is more than `years` before `now`. */
export function isExpired(c: ConversationRecord, years: number, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return lastEventOf(c) < limit.toISOString();
}

/** The kinds found by the conversation's id that go with it. */
const BELONGING = ['preparations', 'notes', 'goals', 'conclusions', 'evaluations'] as const;

export interface RetentionDeps {
  readonly records: Collections;
  readonly years: number;
  readonly now: () => Date;
}

/** Deletes every expired conversation and what belongs to it; answers how many conversations went. */
export async function sweepRetention(deps: RetentionDeps): Promise<number> {
  const { records, now } = deps;
  const expired = (await records.conversations.all()).filter((c) => isExpired(c.value, deps.years, now()));
  for (const { key, value } of expired) {
    for (const name of BELONGING) {
      const collection = records[name];
      for (const r of await collection.find('conversationId', key)) await collection.delete(r.key);
    }
    await records.liveDocuments.delete(`live:${key}`);
    await records.conversations.delete(key);
    await records.audit.create(randomUUID(), {
      schemaVersion: 1,
      at: now().toISOString(),
      actorId: 'retention',
      action: `retention.deleted (${deps.years} years after ${lastEventOf(value).slice(0, 10)})`,
      conversationId: key,
      employeeId: value.employeeId,
    });
  }
  return expired.length;
}

/** The retention job: this instance's worker on the retention queue, and its timer that asks for sweeps. */
export async function startRetention(deps: {
  readonly settings: JobSettings;
  readonly retention: RetentionSettings;
  readonly records: Collections;
  readonly now: () => Date;
  readonly log?: (message: string, error?: unknown) => void;
}): Promise<{ close(): Promise<void> }> {
  const log = deps.log ?? (() => undefined);
  const queue = await connectJobQueue({
    ...deps.settings,
    queueName: `${deps.settings.queueName}-retention`,
  });
  const sweepDeps = { records: deps.records, years: deps.retention.years, now: deps.now };
  const worker = startWorker(
    queue,
    async () => {
      const deleted = await sweepRetention(sweepDeps);
      if (deleted > 0) log(`retention: ${deleted} conversations deleted`);
      return { kind: 'ended' };
    },
    { visibilitySeconds: deps.settings.visibilitySeconds, log },
  );
  const ask = () =>
    void queue.send(JSON.stringify({ kind: 'retention' })).catch((e: unknown) => log('retention', e));
  ask();
  const timer = setInterval(ask, deps.retention.everyMs);
  return {
    close: async () => {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
