import { useCallback, useEffect, useRef, useState } from 'react';
import { bookingProgress, startBooking } from '../../../application/rounds/bookRound';
import type { RoundBookingHookResult, RoundBookingProps, RoundBookingState } from './RoundBooking.types';

const POLL_MS = 1000;

/** Start a booking job (or follow the round's latest) and ask for its progress until it has finished. */
export function useRoundBooking(props: RoundBookingProps): RoundBookingHookResult {
  const { ports, roundId, people, jobId, onFinished, pollMs = POLL_MS } = props;
  const [state, setState] = useState<RoundBookingState>(
    jobId ? { status: 'following', jobId, progress: undefined } : { status: 'idle' },
  );
  const following = state.status === 'following' ? state.jobId : undefined;
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(() => {
    if (!following) return;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await bookingProgress(ports, following, people);
      if (!active) return;
      if (!result.ok) return setState({ status: 'failed', failure: result.failure });
      setState({ status: 'following', jobId: following, progress: result.value });
      if (result.value.finished) finished.current();
      else timer = setTimeout(() => void poll(), pollMs);
    };
    void poll();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [ports, people, following, pollMs]);

  const book = useCallback(() => {
    setState({ status: 'starting' });
    void startBooking(ports, roundId).then((result) =>
      setState(
        result.ok
          ? { status: 'following', jobId: result.value, progress: undefined }
          : { status: 'failed', failure: result.failure },
      ),
    );
  }, [ports, roundId]);

  return { state, book };
}
