import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Concept, CreatedRound, Person } from '../../../application/ports/MusApiPort';
import type {
  DraftError,
  DraftField,
  PlannedTopic,
  RoundDraft,
} from '../../../application/rounds/roundDraft';
import type { NotReadyState } from '../FailureBar';

/** Props of "Ny MUS-runde". */
export interface RoundFormProps {
  readonly ports: MusPorts;
  /** The leader's direct reports (all preselected). */
  readonly reports: readonly Person[];
  /** The round was planned: its conversations exist. */
  readonly onCreated: (created: CreatedRound, draft: RoundDraft) => void;
}

/** The form's state: loading the concepts, or the draft being edited. */
export type RoundFormState =
  | NotReadyState
  | { readonly status: 'noConcepts' }
  | {
      readonly status: 'editing';
      readonly concepts: readonly Concept[];
      readonly concept: Concept;
      readonly draft: RoundDraft;
      /** The agenda every conversation will start with, in order. */
      readonly agenda: readonly PlannedTopic[];
      /** Problems by field, shown once the leader has tried to send the form. */
      readonly errors: Partial<Record<DraftField, DraftError>>;
    };

/** The state and the edits the form offers. */
export interface RoundFormHookResult {
  readonly state: RoundFormState;
  readonly busy: boolean;
  readonly failure: MusFailure | undefined;
  readonly retry: () => void;
  readonly update: (change: Partial<RoundDraft>) => void;
  readonly toggle: (list: 'employeeIds' | 'optionalTopicIds', id: string) => void;
  readonly submit: () => void;
}
