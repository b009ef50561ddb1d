import type { BookingJob, Person } from '../ports/MusApiPort';
import { authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** A booking that did not go through for one employee, with the service's message. */
export interface BookingFailure {
  readonly employeeName: string;
  readonly messages: { readonly da: string; readonly en: string };
}

/** A booking job as the planner shows it: a progress bar with counts, and what failed. */
export interface BookingProgress {
  readonly state: BookingJob['state'];
  readonly done: number;
  readonly total: number;
  /** The job has stopped (done, or failed); nothing more will happen without a retry. */
  readonly finished: boolean;
  readonly failures: readonly BookingFailure[];
}

/** A job's progress with the employees' names. Pure. */
export function bookingProgressOf(job: BookingJob, people: readonly Person[]): BookingProgress {
  return {
    state: job.state,
    done: job.done,
    total: job.total,
    finished: job.state === 'done' || job.state === 'failed',
    failures: job.failures.map((f) => ({
      employeeName: people.find((p) => p.id === f.employeeId)?.displayName ?? f.employeeId,
      messages: f.messages,
    })),
  };
}

/**
 * Book the round's latest proposal as Teams meetings: the service starts a durable job and answers its id.
 * Sending it again after failures books only what is missing ("Prøv igen").
 */
export async function startBooking(ports: MusPorts, roundId: string): Promise<Outcome<string>> {
  const started = await authorized(ports, ports.musApi).book(roundId);
  return started.ok ? { ok: true, value: started.value.jobId } : started;
}

/** How far a booking job has come. */
export async function bookingProgress(
  ports: MusPorts,
  jobId: string,
  people: readonly Person[],
): Promise<Outcome<BookingProgress>> {
  const job = await authorized(ports, ports.musApi).bookingJob(jobId);
  return job.ok ? { ok: true, value: bookingProgressOf(job.value, people) } : job;
}
