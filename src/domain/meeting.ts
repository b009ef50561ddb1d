import { hasMeetingStarted, type Conversation } from './conversation';
import { DomainError } from './errors';

type MeetingFacts = Pick<Conversation, 'status' | 'slot' | 'history' | 'startedAt'>;

/**
 * Whether the meeting has started at any time on the server's clock: its booked slot has started now, or it
 * had started before the meeting was moved (`startedAt`). Moving the meeting later never undoes it.
 */
export function hasMeetingEverStarted(c: Omit<MeetingFacts, 'status'>, now: Date): boolean {
  return c.startedAt !== null || hasMeetingStarted(c, now);
}

/**
 * The conclusion is written, signed and amended at or after the meeting: once the talk is held (or later),
 * or while an agreed meeting is on (it has started on the server's clock). Never before any meeting
 * (planned, booked) and not while cancelled.
 */
export function requireConclusionAllowed(c: MeetingFacts, now: Date): void {
  const afterTheTalk = c.status === 'held' || c.status === 'concluded' || c.status === 'followedUp';
  const during = (c.status === 'agendaAgreed' || c.status === 'prepared') && hasMeetingEverStarted(c, now);
  if (afterTheTalk || during) return;
  throw new DomainError('conversation.notStarted', 'The conclusion is written at or after the meeting.', {
    status: c.status,
    start: c.slot?.start ?? '',
    now: now.toISOString(),
  });
}
