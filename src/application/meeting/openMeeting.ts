import { groupStanding } from '../group/groups';
import { failed, succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';
import type { ConclusionApiPort } from '../ports/ConclusionApiPort';
import type { MeetingApiPort } from '../ports/MeetingApiPort';
import {
  meetingTopics,
  notesByTopic,
  savedPrivate,
  type MeetingSnapshot,
  type Party,
  type SavedText,
} from './meetingForm';

/** The ports of the meeting's journeys: a token, the MUS service and its meeting API (and conclusion API). */
export interface MeetingPorts extends MusPorts {
  readonly meetingApi: MeetingApiPort;
  /** The joint conclusion and its signing (the form's "Konklusion" section). */
  readonly conclusionApi?: ConclusionApiPort;
}

/**
 * Open the conversation held in the meeting with this chat id: the conversation (its parties only: anyone
 * else is told there is none), then, side by side, the preparation, the shared notes, my private note of
 * each topic, and the goals. `userId` (the host's word for who I am) says which side I am; the service
 * decides what I may see either way.
 */
export async function openMeeting(
  ports: MeetingPorts,
  chatId: string,
  userId: string | undefined,
): Promise<Outcome<MeetingSnapshot>> {
  const found = await authorized(ports, ports.meetingApi).conversationOfMeeting(chatId);
  if (!found.ok) return found;
  const conversation = found.value;
  const id = conversation.value.id;
  const party: Party = userId === conversation.value.leaderId ? 'leader' : 'employee';
  const standing = groupStanding(conversation.value, userId);
  const topicIds = conversation.value.agenda.items.map((i) => i.topic.id);
  const [preparation, notes, goals, ...privates] = await Promise.all([
    // A group's member has no preparation of their own (the service answers group_representative_only).
    standing === 'member' ? undefined : authorized(ports, ports.musApi).preparation(id),
    authorized(ports, ports.meetingApi).notes(id),
    authorized(ports, ports.meetingApi).goals(id),
    ...topicIds.map((topicId) => authorized(ports, ports.meetingApi).privateNote(id, topicId)),
  ]);
  if (!notes.ok) return failed(notes.failure);
  if (!goals.ok) return failed(goals.failure);
  const privateNotes: Record<string, SavedText> = {};
  for (const [index, note] of privates.entries()) {
    if (!note.ok) return failed(note.failure);
    privateNotes[topicIds[index] ?? ''] = savedPrivate(note.value);
  }
  return succeeded({
    conversation,
    party,
    groupStanding: standing,
    // Preparation is a help, not a must: the form opens without it.
    topics: meetingTopics(conversation.value, preparation?.ok ? preparation.value : undefined),
    notes: notesByTopic(notes.value),
    privateNotes,
    goals: goals.value,
  });
}
