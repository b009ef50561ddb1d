import type { MusPorts } from '../../../application/mus/musCall';
import type { LoadState } from '../FailureBar';
import type { VersionedRound } from '../../../application/ports/MusApiPort';

/** Props of the leader's list of rounds. */
export interface RoundListProps {
  readonly ports: MusPorts;
  /** The leader opens a round. */
  readonly onOpen: (round: VersionedRound['value']) => void;
  /** The leader starts a new round. */
  readonly onNew: () => void;
}

/** The list's state. */
export type RoundListState = LoadState<{ readonly rounds: readonly VersionedRound[] }>;
