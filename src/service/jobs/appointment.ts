/**
 * One conversation booked from an Outlook appointment the leader organises (the add-in's task pane): the
 * invitation the pane writes into the appointment, and, once the appointment is saved and sent, finding that
 * meeting again by the mark the pane set and making it the conversation's meeting (chat, side panel tab,
 * the employee's notification: the same steps as the booking job, src/service/jobs/meetings.ts).
 * The mark is the add-in's custom property, as Outlook stores it (src/service/jobs/appointmentMark.ts).
 */
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import type { GraphClientFactory, GraphConnection } from '../graph/client';
import { odataQuery } from '../graph/client';
import { ApiError } from '../http/problem';
import type { Collections, Versioned } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { StaleRecordError } from '../records/recordStore';
import { addInPropertyId, markValue } from './appointmentMark';
import { person } from './bookingJob';
import { recordMeeting } from './record';
import {
  acceptedTopics,
  addSidePanels,
  invitationOf,
  meetingChats,
  notifyEmployees,
  type Invitation,
  type TeamsApp,
} from './meetings';

export interface AppointmentDeps {
  readonly records: Collections;
  readonly graph: GraphClientFactory;
  readonly app: TeamsApp & { readonly addInId: string };
  readonly now: () => Date;
}

const PERSON_FIELDS = '$select=id,displayName,mail,userPrincipalName,preferredLanguage';

/** The invitation of the conversation in its employee's language (Graph `preferredLanguage`). */
export async function appointmentInvitation(
  deps: AppointmentDeps,
  caller: Caller,
  conversation: ConversationRecord,
): Promise<Invitation> {
  const connection = deps.graph.forUser(caller.token, caller.userId);
  const [leader, employee] = await Promise.all([
    connection.client.api(`/me?${PERSON_FIELDS}`).get().then(person),
    connection.client
      .api(`/users/${encodeURIComponent(conversation.employeeId)}?${PERSON_FIELDS}`)
      .get()
      .then(person),
  ]);
  return invitationOf(deps.app, {
    conversationId: conversation.id,
    employee: { id: employee.id, address: employee.address, name: employee.name },
    leaderName: leader.name,
    language: employee.language,
    topics: acceptedTopics(conversation.agenda, employee.language),
  });
}

const markedSchema = z.object({
  value: z.array(
    z.object({
      id: z.string().min(1),
      start: z.object({ dateTime: z.string() }),
      end: z.object({ dateTime: z.string() }),
      onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
    }),
  ),
});
const instant = (utcDateTime: string) => new Date(`${utcDateTime.replace(/Z$/, '')}Z`).toISOString();

/**
 * Makes the appointment marked with this conversation its meeting: the event id, its time as the booked slot
 * (the domain's `book`), the Teams join link and chat, the side panel tab, the employee's notification.
 * Repeating it changes nothing; 404 `meeting_not_found` while Outlook has not saved the appointment yet.
 */
export async function linkAppointment(
  deps: AppointmentDeps,
  caller: Pick<Caller, 'userId' | 'token'>,
  conversation: Versioned<ConversationRecord>,
): Promise<void> {
  if (conversation.value.meeting !== null) return;
  const connection = deps.graph.forUser(caller.token, caller.userId);
  const propertyId = addInPropertyId(deps.app.addInId);
  const filter = `singleValueExtendedProperties/any(ep: ep/id eq '${propertyId}' and ep/value eq '${markValue(conversation.key).replace(/'/g, "''")}')`;
  const found = markedSchema.parse(
    await connection.client
      .api(`/me/events${odataQuery({ $filter: filter, $select: 'id,start,end,onlineMeeting' })}`)
      .header('Prefer', 'outlook.timezone="UTC"')
      .get(),
  ).value[0];
  if (!found) throw new ApiError('meeting_not_found');
  const joinUrl = found.onlineMeeting?.joinUrl ?? '';
  const conversationId = conversation.value.id;
  const chats = joinUrl ? await meetingChats(connection, [{ conversationId, joinUrl }]) : new Map();
  const chat = chats.get(conversationId);
  const chatId = chat?.ok ? (chat.value as string) : null;
  if (chatId) await addSidePanels(connection, deps.app, [{ conversationId, chatId }], true);
  const slot = {
    conversationId,
    employeeId: conversation.value.employeeId,
    start: instant(found.start.dateTime),
    end: instant(found.end.dateTime),
  };
  const recorded = await recordMeeting(deps, conversation, slot, { eventId: found.id, joinUrl, chatId });
  if (recorded) await tellEmployee(deps, connection, conversation.value, slot.start);
}

/** The employee's Teams notification, then `meeting.notified` on the record. */
async function tellEmployee(
  deps: AppointmentDeps,
  connection: GraphConnection,
  conversation: ConversationRecord,
  start: string,
): Promise<void> {
  const employee = person(
    await connection.client
      .api(`/users/${encodeURIComponent(conversation.employeeId)}?${PERSON_FIELDS}`)
      .get(),
  );
  const sent = await notifyEmployees(connection, deps.app, [
    { conversationId: conversation.id, employeeId: employee.id, language: employee.language, start },
  ]);
  if (sent.get(conversation.id)?.ok) await markNotified(deps, conversation.id);
}

/** The meeting's employee has been told (`meeting.notified`); a record changed meanwhile is read again. */
async function markNotified(deps: AppointmentDeps, conversationId: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await deps.records.conversations.require(conversationId);
    const meeting = current.value.meeting;
    if (!meeting || meeting.notified !== false) return;
    try {
      await deps.records.conversations.replace(
        current.key,
        { ...current.value, meeting: { ...meeting, notified: true } },
        current.etag,
      );
      return;
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
    }
  }
}
