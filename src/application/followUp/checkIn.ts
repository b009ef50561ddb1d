import type { BookingJob, VersionedConversation, VersionedGoal } from '../ports/MusApiPort';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

const DAY = 86_400_000;
/** A check-in falls half a year after the talk ("MUS-opfølgning"). */
const MID_YEAR_DAYS = 182;

/** When to meet about the goals: from half a year after the talk (or tomorrow, if that has passed), two weeks. */
export function checkInWindow(record: VersionedConversation, today: Date): { from: string; to: string } {
  const held = Date.parse(record.value.heldAt ?? record.value.concludedAt ?? record.value.createdAt);
  const start = Math.max(held + MID_YEAR_DAYS * DAY, today.getTime() + DAY);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: day(start), to: day(start + 14 * DAY) };
}

/** The words the check-in is booked with (the caller's language): the round's title and a topic per goal. */
export interface CheckInTexts {
  readonly title: string;
  readonly topic: (goal: string) => string;
}

/** What became of the check-in: booked at a time, no common free time in the window, or the job failed. */
export type CheckInBooking =
  | { readonly kind: 'booked'; readonly start: string; readonly end: string }
  | { readonly kind: 'noTime' }
  | { readonly kind: 'notBooked' };

/**
 * Books the mid-year check-in ("MUS-opfølgning") of a conversation through the round booking: a round of one
 * for the employee whose agenda is the open goals (one topic each, before the goals topic; the concept's other
 * topics removed), a time from both calendars, and the booking job's Teams meeting. Answers the time booked.
 */
export async function bookCheckIn(
  ports: MusPorts,
  input: {
    /** The client's id for the check-in's round (made once), so a repeated request books one. */
    roundId: string;
    record: VersionedConversation;
    goals: readonly VersionedGoal[];
    today: Date;
    texts: CheckInTexts;
  },
): Promise<Outcome<CheckInBooking>> {
  const { record, goals, texts } = input;
  const made = await authorized(ports, ports.musApi).createRound({
    roundId: input.roundId,
    title: texts.title,
    conceptId: record.value.conceptId,
    employeeIds: [record.value.employeeId],
    followUpOf: record.value.id,
    window: checkInWindow(record, input.today),
    durationMinutes: 30,
    agenda: { optionalTopicIds: [], ownTopics: goals.map((g) => ({ title: texts.topic(g.value.goal) })) },
  });
  if (!made.ok) return made;
  const roundId = made.value.round.value.id;
  const first = made.value.conversations[0];
  if (!first) return succeeded({ kind: 'notBooked' });
  let etag = first.etag;
  for (const item of first.value.agenda.items) {
    if (item.topic.kind === 'own' || item.topic.role === 'goals') continue;
    const change = { action: 'remove' as const, topicId: item.topic.id };
    const removed: Outcome<VersionedConversation> = await authorized(ports, ports.musApi).changeAgenda(
      first.value.id,
      etag,
      change,
    );
    if (!removed.ok) return removed;
    etag = removed.value.etag;
  }
  const proposal = await authorized(ports, ports.musApi).schedule(roundId, {});
  if (!proposal.ok) return proposal;
  const slot = proposal.value.slots[0];
  if (!slot) return succeeded({ kind: 'noTime' });
  const started = await authorized(ports, ports.musApi).book(roundId);
  if (!started.ok) return started;
  const job = await finished(ports, started.value.jobId);
  if (!job.ok) return job;
  if (job.value.state !== 'done' || job.value.failures.length > 0) return succeeded({ kind: 'notBooked' });
  return succeeded({ kind: 'booked', start: slot.start, end: slot.end });
}

async function finished(ports: MusPorts, jobId: string): Promise<Outcome<BookingJob>> {
  for (let i = 0; ; i += 1) {
    const job = await authorized(ports, ports.musApi).bookingJob(jobId);
    if (!job.ok || job.value.state === 'done' || job.value.state === 'failed' || i >= 120) return job;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
