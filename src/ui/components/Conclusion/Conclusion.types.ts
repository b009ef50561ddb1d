import type {
  ConclusionDraft,
  ConclusionPorts,
  DraftProblems,
  Party,
} from '../../../application/conclusion/conclusion';
import type { MusFailure } from '../../../application/mus/musCall';
import type { ConclusionVersion, VersionedConclusion } from '../../../application/ports/ConclusionApiPort';

/** Props of the joint conclusion form of one conversation, as one of its two parties sees it. */
export interface ConclusionProps {
  readonly ports: ConclusionPorts;
  readonly conversationId: string;
  /** Which side I am: only the employee decides on filing to the personnel record. */
  readonly party: Party;
}

/** Where the form stands. */
export type ConclusionState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly record: VersionedConclusion };

/** What is going on right now (one action at a time). */
export type Busy = 'saving' | 'signing' | 'amending' | 'filing' | 'pdf' | undefined;

/** The form's state and actions. */
export interface ConclusionHookResult {
  readonly state: ConclusionState;
  /** The version shown (the current one), when loaded. */
  readonly version?: ConclusionVersion;
  readonly locked: boolean;
  /** Some version is signed by both (its PDF can be fetched, also while an amendment is being written). */
  readonly hasSignedVersion: boolean;
  readonly draft: ConclusionDraft;
  /** Input refused before sending, per field. */
  readonly problems?: DraftProblems;
  readonly busy: Busy;
  /** Why the last action did not happen. */
  readonly failure?: MusFailure;
  /** A short confirmation of the last action. */
  readonly notice?: 'saved' | 'filingSaved';
  /** The amendment's reason while one is being started (undefined: not amending). */
  readonly amendment?: { readonly reason: string; readonly tooLong: boolean };
  readonly reload: () => void;
  readonly changeSummary: (topicId: string, text: string) => void;
  readonly changeFollowUpDate: (date: string) => void;
  readonly save: () => void;
  readonly sign: () => void;
  readonly startAmendment: () => void;
  readonly changeReason: (reason: string) => void;
  readonly cancelAmendment: () => void;
  readonly confirmAmendment: () => void;
  readonly file: (toRecord: boolean) => void;
  readonly downloadPdf: () => void;
}
