import type { BookingProgress } from '../../../application/rounds/bookRound';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Person } from '../../../application/ports/MusApiPort';

/** Props of "Book": the round's proposal booked as Teams meetings, with progress. */
export interface RoundBookingProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  readonly people: readonly Person[];
  /** How many conversations the proposal books. */
  readonly count: number;
  /** A booking job already under way or finished (the round's latest), to follow on opening. */
  readonly jobId: string | undefined;
  /** The job finished: the conversations changed. */
  readonly onFinished: () => void;
  /** How often to ask for progress. */
  readonly pollMs?: number;
}

/** Where the booking is. */
export type RoundBookingState =
  | { readonly status: 'idle' }
  | { readonly status: 'starting' }
  | { readonly status: 'following'; readonly jobId: string; readonly progress: BookingProgress | undefined }
  | { readonly status: 'failed'; readonly failure: MusFailure };

/** The state and the one action: book (again). */
export interface RoundBookingHookResult {
  readonly state: RoundBookingState;
  readonly book: () => void;
}
