import type { AgendaTopic } from '../../../application/conversations/myConversation';
import type { PreparationAnswers } from '../../../application/conversations/preparation';
import type { SaveTiming } from '../../../application/meeting/coalescedSaves';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { PreparationView } from '../../../application/ports/MusApiPort';

/** Props of one side's preparation of a conversation. */
export interface PreparationFormProps {
  readonly ports: MusPorts;
  readonly conversationId: string;
  /** The topics to prepare, in agenda order. */
  readonly topics: readonly AgendaTopic[];
  /** What the service has of my preparation, and whether the other side has handed in theirs. */
  readonly preparation: PreparationView;
  /** Whose guidance to show: the employee's or the leader's. */
  readonly side: 'employee' | 'leader';
  /** When the draft is saved (default: after a 1.2 s pause, at least every 10 s while typing). */
  readonly saveTiming?: SaveTiming;
  /** A preview (HR's of a concept draft): nothing can be typed or handed in. */
  readonly readOnly?: boolean;
}

/** Where the draft stands. */
export type SaveState =
  | { readonly status: 'unsaved' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: string }
  | { readonly status: 'failed'; readonly failure: MusFailure };

/** The form's state and actions. */
export interface PreparationFormHookResult {
  readonly answers: PreparationAnswers;
  readonly save: SaveState;
  readonly submitted: boolean;
  readonly change: (topicId: string, text: string) => void;
  /** Save now (after a failure). */
  readonly saveNow: () => void;
  /** Hand in: save what is on screen and freeze it. */
  readonly submit: () => void;
}
