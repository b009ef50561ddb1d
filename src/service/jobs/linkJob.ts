/**
 * Linking an Outlook appointment without the leader: when the add-in asks for the link before Outlook has
 * saved the appointment (the pane closed, the appointment sent later), the service queues a link job on the
 * booking queue. The worker looks for the marked appointment again, at growing intervals, until it finds it
 * and makes it the conversation's meeting (src/service/jobs/appointment.ts), or until the leader's token can
 * no longer be exchanged (about an hour); then "Tjek igen" in the pane is still there.
 */
import { z } from 'zod';
import { ApiError } from '../http/problem';
import { TokenError } from '../graph/tokens';
import { linkAppointment, type AppointmentDeps } from './appointment';
import type { ReceivedJob } from './queue';
import type { JobVerdict } from './worker';

export const linkMessageSchema = z.object({
  kind: z.literal('link'),
  conversationId: z.string().min(1),
  leaderId: z.string().min(1),
  /** The leader's API token, exchanged on-behalf-of for Graph while it lasts. */
  token: z.string().min(1),
  at: z.iso.datetime(),
});
export type LinkMessage = z.infer<typeof linkMessageSchema>;

/** How long a link job keeps looking (the leader's token lasts about an hour). */
const LINK_WINDOW_MS = 60 * 60_000;
/** The wait before looking again: 2, 4, 8 … seconds, at most a minute. */
export const linkRetrySeconds = (attempt: number): number => Math.min(60, 2 ** Math.max(1, attempt));

export async function runLinkJob(
  deps: AppointmentDeps,
  job: ReceivedJob,
  message: LinkMessage,
): Promise<JobVerdict> {
  const conversation = await deps.records.conversations.get(message.conversationId);
  if (
    !conversation ||
    conversation.value.leaderId !== message.leaderId ||
    conversation.value.meeting !== null
  )
    return { kind: 'ended' };
  try {
    await linkAppointment(deps, { userId: message.leaderId, token: message.token }, conversation);
    return { kind: 'ended' };
  } catch (error) {
    if (error instanceof TokenError) return { kind: 'ended' };
    if (!(error instanceof ApiError) || error.code !== 'meeting_not_found') throw error;
    const young = deps.now().getTime() - Date.parse(message.at) < LINK_WINDOW_MS;
    return young ? { kind: 'later', seconds: linkRetrySeconds(job.dequeueCount) } : { kind: 'ended' };
  }
}
