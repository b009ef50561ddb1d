import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
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
export type RoundListState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly rounds: readonly VersionedRound[] };
