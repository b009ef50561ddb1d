import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Person } from '../../../application/ports/MusApiPort';
import type { RoundConversation } from '../../../application/rounds/roundStatus';
import type { LoadState } from '../FailureBar';

/** Props of a round's status list. */
export interface RoundStatusProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  /** The leader's direct reports, to name the employees. */
  readonly people: readonly Person[];
}

/** The list's state. */
export type RoundStatusState = LoadState<{ readonly rows: readonly RoundConversation[] }>;

/** The state and the leader's answer to a proposal. */
export interface RoundStatusHookResult {
  readonly state: RoundStatusState;
  readonly busy: boolean;
  readonly actionFailure: MusFailure | undefined;
  readonly retry: () => void;
  /** Load the list again without showing it as loading (after a conversation moved or was cancelled). */
  readonly refresh: () => void;
  readonly answer: (row: RoundConversation, topicId: string, accept: boolean) => void;
}
