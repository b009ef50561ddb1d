import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { FreeSlot, Person, RoundWithConversations } from '../../../application/ports/MusApiPort';
import type { ScheduledConversation, ScheduleView } from '../../../application/rounds/roundSchedule';
import type { LoadState } from '../FailureBar';

/** Props of a round's schedule: propose times, see them in a week, move one. */
export interface RoundScheduleProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  /** The leader's direct reports, to name the employees. */
  readonly people: readonly Person[];
  /** A booking job finished: the round's conversations changed. */
  readonly onBooked?: () => void;
}

/** The free times of the conversation being moved. */
export type MoveOptions =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly times: readonly FreeSlot[] };

/** A conversation the leader is moving, and where it can go. */
export interface Moving {
  readonly slot: ScheduledConversation;
  readonly options: MoveOptions;
}

/** The schedule's state. */
export type RoundScheduleState = LoadState<{
  readonly round: RoundWithConversations;
  /** The latest proposal, once there is one. */
  readonly proposal: ScheduleView | undefined;
}>;

/** The state and what the leader can do with the schedule. */
export interface RoundScheduleHookResult {
  readonly state: RoundScheduleState;
  /** The Monday (yyyy-MM-dd) of the week shown. */
  readonly week: string | undefined;
  readonly busy: boolean;
  readonly actionFailure: MusFailure | undefined;
  readonly moving: Moving | undefined;
  /** The last move that went through: who, and to when. */
  readonly moved: ScheduledConversation | undefined;
  readonly retry: () => void;
  readonly propose: () => void;
  readonly showWeek: (monday: string) => void;
  readonly startMove: (slot: ScheduledConversation) => void;
  readonly moveTo: (start: string) => void;
  readonly cancelMove: () => void;
}
