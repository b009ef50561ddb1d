/**
 * Reminders as Teams activity notifications, sent by a scheduled job on the same queue machinery as booking
 * (`queue.ts`, `worker.ts`; its own queue `<queue>-reminders`, so neither job receives the other's messages).
 * The schedule is one tick message that hides itself for `everySeconds` after each look (a restarted or
 * second instance finds it again); a tick that another tick has replaced ends itself. Each look asks which
 * reminders are due on the organisation's day (`remindersDue.ts`), claims each by its key in the MUS site
 * before sending it, and sends the new ones in one Graph `$batch`, as the service itself (TeamsActivity.Send):
 * a reminder is never sent twice, even across restarts. One that Graph refused is tried again at the next
 * look; one whose process died while sending is not (once at most).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Directory } from '../authorization/directory';
import { sendBatch } from '../graph/batch';
import type { GraphClientFactory } from '../graph/client';
import type { Collections } from '../records/collection';
import { RecordExistsError, StaleRecordError } from '../records/recordStore';
import type { WorkerLog } from './jobLog';
import { activityItem, type TeamsApp } from './meetings';
import { connectJobQueue } from './queue';
import { dueReminders, type Reminder } from './remindersDue';
import type { ReminderSettings } from './remindersSettings';
import { ACTIVITY_TYPES, reminderText } from './remindersTexts';
import type { JobSettings } from './settings';
import { languageOf } from './texts';
import { startWorker, type JobVerdict } from './worker';

export interface Reminders {
  /** Stops this instance's worker (the tick stays in the queue for the next one). */
  close(): Promise<void>;
}

interface ReminderDeps {
  readonly records: Collections;
  readonly graph: GraphClientFactory;
  /** Who leads each employee now: a former leader gets no reminders. */
  readonly directory: Directory;
  readonly app: TeamsApp;
  readonly settings: ReminderSettings;
  readonly now: () => Date;
}

const SCHEDULE_KEY = 'reminders:schedule';
const tickSchema = z.object({ tick: z.string().min(1).max(100) });
const userSchema = z.object({ preferredLanguage: z.string().nullish() });

/** The reminders' own queue beside booking's: the same account, `-reminders` after its name. */
const remindersQueue = (s: JobSettings): JobSettings => ({
  ...s,
  queueName: `${s.queueName}-reminders`,
  ...(s.queueUrl ? { queueUrl: `${s.queueUrl.replace(/\/+$/, '')}-reminders` } : {}),
});

export async function startReminders(
  deps: ReminderDeps & { readonly jobs: JobSettings; readonly log?: WorkerLog },
): Promise<Reminders> {
  const queue = await connectJobQueue(remindersQueue(deps.jobs));
  const every = deps.settings.everySeconds;
  const { reminderSchedules } = deps.records;
  const lively = (at: string) => deps.now().getTime() - Date.parse(at) < 3 * every * 1000;

  async function tick(text: string): Promise<JobVerdict> {
    const message = tickSchema.safeParse(JSON.parse(text));
    if (!message.success) return { kind: 'ended' };
    const schedule = await reminderSchedules.get(SCHEDULE_KEY);
    // Another tick runs the schedule (two instances started at once): this one ends.
    if (schedule && schedule.value.tick !== message.data.tick && lively(schedule.value.at))
      return { kind: 'ended' };
    const value = { schemaVersion: 1 as const, tick: message.data.tick, at: deps.now().toISOString() };
    try {
      if (schedule) await reminderSchedules.replace(SCHEDULE_KEY, value, schedule.etag);
      else await reminderSchedules.create(SCHEDULE_KEY, value);
    } catch (error) {
      if (error instanceof StaleRecordError || error instanceof RecordExistsError) return { kind: 'ended' };
      throw error;
    }
    await sendDueReminders(deps);
    return { kind: 'later', seconds: every };
  }

  const worker = startWorker(queue, (job) => tick(job.text), {
    visibilitySeconds: deps.jobs.visibilitySeconds,
    ...(deps.log ? { log: deps.log } : {}),
  });
  const schedule = await reminderSchedules.get(SCHEDULE_KEY);
  if (!schedule || !lively(schedule.value.at)) await queue.send(JSON.stringify({ tick: randomUUID() }));
  return { close: () => worker.stop() };
}

/** One look: the reminders due today that were not sent yet, claimed and sent. Answers those sent. */
export async function sendDueReminders(deps: ReminderDeps): Promise<Reminder[]> {
  const { records } = deps;
  const [conversations, goals, conclusions] = await Promise.all([
    records.conversations.all(),
    records.goals.all(),
    records.conclusions.all(),
  ]);
  const today = deps.now().toISOString().slice(0, 10);
  const due = dueReminders(
    {
      conversations: conversations.map((c) => c.value),
      goals: goals.map((g) => g.value),
      conclusions: conclusions.map((c) => c.value),
    },
    today,
    deps.settings,
  );
  const claimed: Reminder[] = [];
  for (const reminder of due) if (await claim(deps, reminder)) claimed.push(reminder);
  if (claimed.length === 0) return [];
  const connection = deps.graph.app();
  const recipients = [...new Set(claimed.map((r) => r.recipientId))];
  const users = await sendBatch(
    connection,
    recipients.map((id) => ({
      key: id,
      method: 'GET' as const,
      url: `/users/${encodeURIComponent(id)}?$select=id,preferredLanguage`,
    })),
  );
  const language = (id: string) => {
    const outcome = users.outcomes.get(id);
    const user = outcome?.ok ? userSchema.safeParse(outcome.body) : undefined;
    return languageOf(user?.success ? user.data.preferredLanguage : null);
  };
  const sent = await sendBatch(
    connection,
    claimed.map((r) =>
      activityItem(deps.app, {
        ...r,
        activityType: ACTIVITY_TYPES[r.kind],
        text: reminderText(r.kind, r.about, language(r.recipientId)),
      }),
    ),
  );
  const done: Reminder[] = [];
  for (const r of claimed) {
    const ok = sent.outcomes.get(r.key)?.ok === true;
    await mark(deps, r, ok ? 'sent' : 'failed');
    if (ok) done.push(r);
  }
  return done;
}

const recordKey = (r: Reminder) => `reminder:${r.key}`;

/**
 * Claims a reminder before it is sent: a new one, or one Graph refused last time. Whether it is due for a
 * leader is asked of the directory now: a former leader is reminded of nothing. A claim whose conversation is
 * gone once it is made is dropped: nothing is sent about a deleted conversation, and nothing of it stays.
 */
async function claim(deps: ReminderDeps, r: Reminder): Promise<boolean> {
  const { reminders } = deps.records;
  const existing = await reminders.get(recordKey(r));
  if (existing && existing.value.state !== 'failed') return false;
  if (r.party === 'leader') {
    const conversation = await deps.records.conversations.get(r.conversationId, { cached: true });
    const manager = await deps.directory.managerOf(conversation?.value.employeeId ?? '');
    if (!manager || manager.id !== r.recipientId) return false;
  }
  const value = {
    schemaVersion: 1 as const,
    kind: r.kind,
    recipientId: r.recipientId,
    conversationId: r.conversationId,
    state: 'sending' as const,
    at: deps.now().toISOString(),
  };
  try {
    if (existing) await reminders.replace(recordKey(r), value, existing.etag);
    else await reminders.create(recordKey(r), value);
  } catch (error) {
    if (error instanceof StaleRecordError || error instanceof RecordExistsError) return false;
    throw error;
  }
  // Retention deleted the conversation meanwhile (`retentionSweep.ts` looks for claims once more after it).
  if (await deps.records.conversations.get(r.conversationId)) return true;
  await reminders.delete(recordKey(r));
  return false;
}

async function mark(deps: ReminderDeps, r: Reminder, state: 'sent' | 'failed'): Promise<void> {
  const { reminders } = deps.records;
  const current = await reminders.require(recordKey(r));
  await reminders.replace(
    recordKey(r),
    { ...current.value, state, at: deps.now().toISOString() },
    current.etag,
  );
}
