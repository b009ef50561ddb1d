import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { MusTestAnswer, MusTestOverview } from '../../../application/musTest/musTest';

/** Props of MUS-testen in the leader's personal tab. */
export interface MusTestProps {
  readonly ports: MusPorts;
}

/** Loading, failed, or the round to answer for and the results so far. */
export type MusTestState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly overview: MusTestOverview };

/** The state, the sheet being filled in, and handing it in. */
export interface MusTestHookResult {
  readonly state: MusTestState;
  readonly answers: Readonly<Record<string, MusTestAnswer>>;
  readonly choose: (statementId: string, answer: MusTestAnswer) => void;
  /** How many statements are still unanswered after a try to hand in (0 before). */
  readonly missing: number;
  readonly busy: boolean;
  readonly submitFailure: MusFailure | undefined;
  readonly submit: () => void;
  readonly retry: () => void;
}
