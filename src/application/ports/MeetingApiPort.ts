/**
 * The MUS service's API for the conversation held in a Teams meeting: find it by the meeting's chat id, link
 * a meeting the app did not book, shared notes per topic, my private note per topic, and the development
 * goals. Shapes come from the service's OpenAPI document (`musApi.generated.ts`). Results never throw.
 */
import type { Body, OnConversation, Read, Ok } from './apiShapes';
import type { MusApiResult, VersionedConversation } from './MusApiPort';
import type { paths } from './musApi.generated';

type Conversation = '/api/conversations/{conversationId}';

/** A shared note of one topic, with its eTag. */
export type VersionedNote = Ok<paths[`${Conversation}/notes`]['get']>[number];
/** My private note of one topic (from my own OneDrive app folder), or null when I wrote none. */
export type PrivateNote = Ok<paths[`${Conversation}/private-notes/{topicId}`]['get']>;
/** A development goal, with its eTag. */
export type VersionedGoal = Ok<paths[`${Conversation}/goals`]['get']>[number];
/** A development goal. */
export type Goal = VersionedGoal['value'];
/** What a new goal takes (with the client's `goalId`, so a repeated create makes one goal). */
export type NewGoal = Body<paths[`${Conversation}/goals`]['post']>;
/** An edit of what is agreed of a goal; it clears both agreements. */
export type GoalEdit = Body<paths[`${Conversation}/goals/{goalId}`]['put']>;

/** A write of a topic's note: `etag` of the version it is based on, none for the first write (412 when stale). */
type TopicNoteWrite<R> = OnConversation<[topicId: string, etag: string | undefined, text: string], R>;

/** The meeting API port. One instance per page, made by the composition root (src/entries). */
export interface MeetingApiPort {
  /** The conversation held in the meeting with this chat id; 404 (`refused`) for anyone but its parties. */
  conversationOfMeeting(token: string, chatId: string): Promise<MusApiResult<VersionedConversation>>;
  /** Hold one of my employees' conversations (version `etag`) in this meeting (the leader only). */
  linkMeeting(
    token: string,
    chatId: string,
    conversationId: string,
    etag: string,
  ): Promise<MusApiResult<VersionedConversation>>;
  /** The shared notes, one per topic that has one. */
  notes: Read<readonly VersionedNote[]>;
  /** Write a topic's shared note: `etag` of the version it is based on, none for the first write (412 when stale). */
  writeNote: TopicNoteWrite<VersionedNote>;
  /** My private note of one topic. */
  privateNote: OnConversation<[topicId: string], PrivateNote>;
  /** Write my private note of one topic (`etag` of my last version, none for the first write). */
  writePrivateNote: TopicNoteWrite<NonNullable<PrivateNote>>;
  /** The conversation's development goals. */
  goals: Read<readonly VersionedGoal[]>;
  /** Add a goal (201); the body's `goalId` makes a repeat answer the first goal. */
  addGoal: OnConversation<[goal: NewGoal], VersionedGoal>;
  /** Edit a goal of version `etag` (clears both agreements). */
  editGoal: OnConversation<[goalId: string, etag: string, edit: GoalEdit], VersionedGoal>;
  /** I agree the goal as it stands (version `etag`). */
  agreeGoal: OnConversation<[goalId: string, etag: string], VersionedGoal>;
}
