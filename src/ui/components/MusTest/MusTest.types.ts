import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { MusTestAnswer, MusTestOverview } from '../../../application/musTest/musTest';
import type { LoadState } from '../../app/useLoaded';

/** Props of MUS-testen in the leader's personal tab. */
export interface MusTestProps {
  readonly ports: MusPorts;
}

/** Loading, failed, or the round to answer for and the results so far. */
export type MusTestState = LoadState<
  { readonly overview: MusTestOverview },
  { readonly failure: MusFailure }
>;

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

/** Props of the answer sheet: the hook's state and actions, and the round it is for. */
export interface MusTestFormProps {
  readonly hook: MusTestHookResult;
  readonly roundTitle: string;
  readonly year: number;
}
