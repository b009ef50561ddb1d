/**
 * The job's state as the round record keeps it (`round.booking`): written with the round's eTag, and on a
 * concurrent change of the round (a new proposal, say) read again and written again, as long as the round's
 * job is still this one. When another job has taken the round over, this one stops (`JobSupersededError`).
 */
import type { Collections, Versioned } from '../records/collection';
import type { RecordOf } from '../records/kinds';
import { StaleRecordError } from '../records/recordStore';

export type Round = RecordOf<'round'>;
export type BookingState = NonNullable<Round['booking']>;
export type Failure = BookingState['failures'][number];

export class JobSupersededError extends Error {
  override readonly name = 'JobSupersededError';
}

export class JobProgress {
  constructor(
    private readonly rounds: Collections['rounds'],
    private round: Versioned<Round>,
    readonly jobId: string,
    private readonly now: () => Date,
  ) {}

  get state(): BookingState | null {
    return this.round.value.booking;
  }

  /** Applies `change` to the job's state and stores it (again on a fresh read when the round changed). */
  async update(change: (booking: BookingState) => Partial<BookingState>): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const booking = this.round.value.booking;
      if (booking?.jobId !== this.jobId)
        throw new JobSupersededError(`Round ${this.round.key} has another job`);
      const next = { ...booking, ...change(booking), updatedAt: this.now().toISOString() };
      try {
        this.round = await this.rounds.replace(
          this.round.key,
          { ...this.round.value, booking: next },
          this.round.etag,
        );
        return;
      } catch (error) {
        if (!(error instanceof StaleRecordError) || attempt >= 5) throw error;
        this.round = await this.rounds.require(this.round.key);
      }
    }
  }
}
