import type { ComponentType } from 'react';
import type { MusFailure } from '../../../application/mus/musCall';
import type { GoalDraft } from '../../../application/meeting/goals';
import type { GoalText } from './useMeetingGoals';
import type { SaveTiming } from '../../../application/meeting/coalescedSaves';
import type { MeetingLiveFactory } from '../../../application/meeting/live';
import type { MeetingSnapshot, SavedText } from '../../../application/meeting/meetingForm';
import type { MeetingPorts } from '../../../application/meeting/openMeeting';
import type { VersionedGoal } from '../../../application/ports/MeetingApiPort';

/** A text field of the form as the user sees it: what is typed, and how far it is saved. */
export interface FieldState {
  readonly text: string;
  /** The eTag of the saved version the text is based on (none before the first save). */
  readonly etag: string | undefined;
  /** The text the typing started from (last saved, loaded or heard live): a 412 on it is no conflict. */
  readonly base?: string;
  /** The text on screen is the other party's, heard live: they save it, not I. */
  readonly heard?: boolean;
  readonly status: 'saved' | 'unsaved' | 'saving' | 'failed';
  /** When it was last saved (ISO), for "Gemt kl. …". */
  readonly savedAt?: string;
  /** The other party's saved text, when they saved the same note meanwhile: the user decides. */
  readonly conflict?: SavedText;
}

/** What the conclusion part of the form gets (the `Konklusion` section renders it). */
export interface ConclusionSlotProps {
  readonly ports: MeetingPorts;
  readonly snapshot: MeetingSnapshot;
  /** The form is shown large on the meeting stage. */
  readonly onStage: boolean;
}

export interface MeetingFormProps {
  readonly ports: MeetingPorts;
  readonly snapshot: MeetingSnapshot;
  /** The live layer, when there is one: carries typing between the two parties. */
  readonly live?: MeetingLiveFactory;
  /** Shown large, on the meeting stage. */
  readonly onStage?: boolean;
  /** The conclusion and signing (by its own component); nothing when absent. */
  readonly conclusion?: ComponentType<ConclusionSlotProps>;
  /** When the form's one saver writes the record (`coalescedSaves.ts`; the product's timing by default). */
  readonly saveTiming?: SaveTiming;
}

/** The state and actions of the meeting form (see useMeetingForm). */
export interface MeetingFormState {
  readonly notes: Readonly<Record<string, FieldState>>;
  readonly privateNotes: Readonly<Record<string, FieldState>>;
  readonly goals: readonly VersionedGoal[];
  readonly goalFailure: MusFailure | undefined;
  changeNote(topicId: string, text: string): void;
  changePrivateNote(topicId: string, text: string): void;
  /** Save every field with unsaved text now (a topic change, the panel closing). */
  flush(): void;
  /** The other party's text of a goal being written, heard live (see useMeetingGoals). */
  readonly goalDrafts: Readonly<Record<string, GoalText>>;
  /** I am writing a goal's text (`goalId`, or `new` for a new goal): it travels live. */
  draftGoal(goalId: string | 'new', draft: Pick<GoalDraft, 'goal' | 'activities'>): void;
  keepMine(topicId: string): void;
  takeTheirs(topicId: string): void;
  addGoal(draft: GoalDraft): Promise<boolean>;
  editGoal(goal: VersionedGoal, draft: GoalDraft): Promise<boolean>;
  agreeGoal(goal: VersionedGoal): Promise<void>;
}
