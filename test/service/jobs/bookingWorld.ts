/**
 * Helpers of the booking tests: Hanne's round of her six reports on the sandbox, slots in the coming days,
 * polling a job, and what the sandbox's calendars, chats and notifications hold.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Call } from '../api/http';

export const HANNE = 'hanne.mortensen@contoso-kommune.dk';
const GRAPH_SCOPE = 'https://graph.microsoft.com/Calendars.ReadWrite';

export interface RoundConversation {
  readonly conversationId: string;
  readonly employeeId: string;
}

/** One slot a day-hour apart, starting tomorrow 08:00 UTC (`offset` moves them further on). */
export function slotsFor(conversations: readonly RoundConversation[], offsetHours = 0) {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCHours(8, 0, 0, 0);
  return conversations.map((c, i) => {
    const start = new Date(day.getTime() + (i + offsetHours) * 3600_000);
    return { ...c, start: start.toISOString(), end: new Date(start.getTime() + 3000_000).toISOString() };
  });
}

/** A round of the leader's reports (the first `count`, all by default). */
export async function createRound(
  call: Call,
  token: string,
  employeeIds: readonly string[],
): Promise<{ roundId: string; conversations: RoundConversation[] }> {
  const roundId = randomUUID();
  const reply = await call('POST', '/api/rounds', {
    token,
    body: { roundId, title: 'MUS 2026', conceptId: 'flexible', employeeIds },
  });
  if (reply.status !== 201) throw new Error(`round: ${reply.status} ${reply.text}`);
  const conversations = (reply.body.conversations as { value: { id: string; employeeId: string } }[]).map(
    (c) => ({ conversationId: c.value.id, employeeId: c.value.employeeId }),
  );
  return { roundId, conversations };
}

const jobSchema = z.object({
  state: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  failures: z.array(z.object({ conversationId: z.string(), code: z.string() })),
});
export type Job = z.infer<typeof jobSchema>;

/** Polls the job until it has ended (or the time is up). */
export async function waitForJob(
  call: Call,
  token: string,
  location: string,
  timeoutMs = 60_000,
): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await call('GET', location, { token });
    if (reply.status !== 200) throw new Error(`job: ${reply.status} ${reply.text}`);
    const job = jobSchema.parse(reply.body);
    if (job.state === 'done' || job.state === 'failed' || Date.now() > until) return job;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const eventsSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      transactionId: z.string().nullish(),
      subject: z.string(),
      categories: z.array(z.string()),
      start: z.object({ dateTime: z.string() }),
      end: z.object({ dateTime: z.string() }),
      body: z.object({ content: z.string() }),
      onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
    }),
  ),
});
export type CalendarEvent = z.infer<typeof eventsSchema>['value'][number];

/** The MUS meetings (category MUS) in someone's calendar, as Graph shows them to that person. */
export async function musEvents(
  sandboxUrl: string,
  token: (upn: string, scope: string) => Promise<string>,
  upn: string,
): Promise<CalendarEvent[]> {
  const res = await fetch(`${sandboxUrl}/v1.0/me/events?$top=1000`, {
    headers: { authorization: `Bearer ${await token(upn, GRAPH_SCOPE)}` },
  });
  if (!res.ok) throw new Error(`events of ${upn}: ${res.status} ${await res.text()}`);
  return eventsSchema.parse(await res.json()).value.filter((e) => e.categories.includes('MUS'));
}

const notificationsSchema = z.object({
  value: z.array(z.object({ recipientId: z.string(), body: z.object({ activityType: z.string() }) })),
});

/** The activity notifications the sandbox recorded. */
export async function notifications(sandboxUrl: string) {
  const res = await fetch(`${sandboxUrl}/_sandbox/notifications`);
  return notificationsSchema.parse(await res.json()).value;
}
