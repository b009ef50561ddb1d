/**
 * Events as Exchange keeps them: one copy per calendar (the organizer's and each attendee's, same iCalUId),
 * an online meeting with its chat thread, and rendering to Graph's event JSON.
 */
import { createHash } from 'node:crypto';
import { exchangeId, meetingThreadId, TENANT_ID } from './ids';
import type { AttendeeRec, ChatRec, EventRec, UserRec } from './records';
import { chatRec, eventRec, userRec } from './records';
import type { Store } from './store';
import { toDateTimeTimeZone } from './tz';

export const NO_TIME = '0001-01-01T00:00:00Z';

export interface EventDraft {
  subject: string;
  body: { contentType: string; content: string };
  start: Date;
  end: Date;
  startTimeZone: string;
  endTimeZone: string;
  attendees: { address: string; name: string; type: string }[];
  location: string;
  sensitivity: string;
  showAs: string;
  importance: string;
  categories: string[];
  isAllDay: boolean;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  allowNewTimeProposals: boolean;
  responseRequested: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  transactionId: string | null;
  singleValueExtendedProperties: { id: string; value: string }[];
}

export function findUserByAddress(store: Store, address: string): UserRec | undefined {
  return store.byTag('user', address.toLowerCase(), userRec)[0];
}

const changeKey = (id: string, at: string) =>
  createHash('md5')
    .update(id + at)
    .digest('base64')
    .slice(0, 22);

/** Creates the organizer's event, the meeting chat if online, and a copy in every attendee's calendar. */
export function insertEvent(
  store: Store,
  organizer: UserRec,
  draft: EventDraft,
  now: Date,
  opts: { idSeed?: string; attendeesAccepted?: boolean } = {},
): EventRec {
  const id = exchangeId(opts.idSeed);
  const at = now.toISOString();
  const iCalUId = `040000008200E00074C5B7101A82E00800000000${createHash('sha1').update(id).digest('hex').slice(0, 32).toUpperCase()}`;
  const online = draft.isOnlineMeeting && draft.onlineMeetingProvider === 'teamsForBusiness';
  const link = online ? meetingLink(organizer.id, opts.idSeed) : undefined;
  const status = opts.attendeesAccepted
    ? { response: 'accepted', time: at }
    : { response: 'none', time: NO_TIME };
  const attendees: AttendeeRec[] = draft.attendees.map((a) => ({
    type: a.type,
    status,
    emailAddress: { address: a.address, name: a.name },
  }));
  const rec: EventRec = {
    id,
    ownerId: organizer.id,
    organizerId: organizer.id,
    iCalUId,
    transactionId: draft.transactionId,
    startUtc: draft.start.toISOString(),
    endUtc: draft.end.toISOString(),
    originalStartTimeZone: draft.startTimeZone,
    originalEndTimeZone: draft.endTimeZone,
    createdDateTime: at,
    lastModifiedDateTime: at,
    changeKey: changeKey(id, at),
    subject: draft.subject,
    body: draft.body,
    attendees,
    location: { displayName: draft.location },
    sensitivity: draft.sensitivity,
    showAs: draft.showAs,
    importance: draft.importance,
    categories: draft.categories,
    isAllDay: draft.isAllDay,
    isCancelled: false,
    isReminderOn: draft.isReminderOn,
    reminderMinutesBeforeStart: draft.reminderMinutesBeforeStart,
    allowNewTimeProposals: draft.allowNewTimeProposals,
    responseRequested: draft.responseRequested,
    responseStatus: { response: 'organizer', time: NO_TIME },
    isOnlineMeeting: online || draft.isOnlineMeeting,
    onlineMeetingProvider: draft.isOnlineMeeting ? draft.onlineMeetingProvider : 'unknown',
    joinUrl: link?.joinUrl ?? null,
    chatThreadId: link?.threadId ?? null,
    singleValueExtendedProperties: draft.singleValueExtendedProperties,
  };
  saveEvent(store, rec);
  saveMeetingChat(store, rec);
  syncCopies(store, rec, opts.attendeesAccepted ?? false);
  return rec;
}

/** A Teams meeting's chat thread id and the join URL that carries it. */
export function meetingLink(organizerId: string, seed?: string): { threadId: string; joinUrl: string } {
  const threadId = meetingThreadId(seed);
  const context = encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: organizerId })).replace(
    /%[0-9A-F]{2}/g,
    (m) => m.toLowerCase(),
  );
  const thread = encodeURIComponent(threadId).replace(/%3A/g, '%3a');
  return { threadId, joinUrl: `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}` };
}

/** Creates or refreshes the meeting chat of an online event (members: organizer and invited users). */
export function saveMeetingChat(store: Store, rec: EventRec): void {
  if (!rec.chatThreadId || !rec.joinUrl) return;
  const existing = findChat(store, rec.chatThreadId);
  const members = [rec.organizerId, ...attendeeUsers(store, rec).map((u) => u.id)];
  const chat: ChatRec = {
    id: rec.chatThreadId,
    topic: rec.subject,
    memberIds: [...new Set(members)],
    organizerId: rec.organizerId,
    joinWebUrl: rec.joinUrl,
    meetingId:
      existing?.meetingId ?? Buffer.from(`1*${rec.organizerId}*0**${rec.chatThreadId}`).toString('base64url'),
    calendarEventId: rec.id,
    startUtc: rec.startUtc,
    endUtc: rec.endUtc,
    createdDateTime: existing?.createdDateTime ?? rec.createdDateTime,
  };
  store.put('chat', chat.id, chat, { tag: rec.joinUrl });
}

export function saveEvent(store: Store, rec: EventRec): void {
  store.put('event', rec.id, rec, { parent: rec.ownerId, tag: rec.iCalUId });
}

function attendeeUsers(store: Store, rec: EventRec): UserRec[] {
  return rec.attendees
    .map((a) => findUserByAddress(store, a.emailAddress.address))
    .filter((u): u is UserRec => u !== undefined && u.id !== rec.organizerId);
}

/** Makes every attendee's copy match the organizer's event; removes copies of attendees no longer invited. */
export function syncCopies(store: Store, organizerRec: EventRec, accepted = false): void {
  const copies = store.byTag('event', organizerRec.iCalUId, eventRec).filter((e) => e.id !== organizerRec.id);
  const invited = attendeeUsers(store, organizerRec);
  for (const copy of copies) {
    if (!invited.some((u) => u.id === copy.ownerId)) store.remove('event', copy.id);
  }
  for (const user of invited) {
    const existing = copies.find((c) => c.ownerId === user.id);
    const copy: EventRec = {
      ...organizerRec,
      id: existing?.id ?? exchangeId(`${organizerRec.id}:${user.id}`),
      ownerId: user.id,
      transactionId: null,
      responseStatus:
        existing?.responseStatus ??
        (accepted
          ? { response: 'accepted', time: organizerRec.createdDateTime }
          : { response: 'notResponded', time: NO_TIME }),
      showAs:
        organizerRec.showAs === 'busy' && !accepted && !existing
          ? 'tentative'
          : (existing?.showAs ?? organizerRec.showAs),
      singleValueExtendedProperties: [],
    };
    saveEvent(store, copy);
  }
}

/** Deletes an event; the organizer's delete removes the attendees' copies and the meeting chat stays. */
export function deleteEvent(store: Store, rec: EventRec): void {
  store.remove('event', rec.id);
  if (rec.ownerId !== rec.organizerId) return;
  for (const copy of store.byTag('event', rec.iCalUId, eventRec)) store.remove('event', copy.id);
}

export function findChat(store: Store, id: string): ChatRec | undefined {
  return store.get('chat', id, chatRec);
}

/** Graph's event JSON, with times in `zone` (UTC unless `Prefer: outlook.timezone`). */
export function renderEvent(
  store: Store,
  rec: EventRec,
  zone: string | undefined,
  expandProps: boolean,
): Record<string, unknown> {
  const organizer = store.get('user', rec.organizerId, userRec);
  const tz = zone ?? 'UTC';
  const text = rec.body.content
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    '@odata.etag': `W/"${rec.changeKey}"`,
    id: rec.id,
    createdDateTime: rec.createdDateTime,
    lastModifiedDateTime: rec.lastModifiedDateTime,
    changeKey: rec.changeKey,
    categories: rec.categories,
    transactionId: rec.transactionId,
    originalStartTimeZone: rec.originalStartTimeZone,
    originalEndTimeZone: rec.originalEndTimeZone,
    iCalUId: rec.iCalUId,
    reminderMinutesBeforeStart: rec.reminderMinutesBeforeStart,
    isReminderOn: rec.isReminderOn,
    hasAttachments: false,
    subject: rec.subject,
    bodyPreview: text.slice(0, 255),
    importance: rec.importance,
    sensitivity: rec.sensitivity,
    isAllDay: rec.isAllDay,
    isCancelled: rec.isCancelled,
    isOrganizer: rec.ownerId === rec.organizerId,
    responseRequested: rec.responseRequested,
    seriesMasterId: null,
    showAs: rec.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(rec.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: rec.isOnlineMeeting,
    onlineMeetingProvider: rec.onlineMeetingProvider,
    allowNewTimeProposals: rec.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: rec.responseStatus,
    body: rec.body,
    start: toDateTimeTimeZone(new Date(rec.startUtc), tz),
    end: toDateTimeTimeZone(new Date(rec.endUtc), tz),
    location: { displayName: rec.location.displayName, locationType: 'default', uniqueIdType: 'unknown' },
    locations: rec.location.displayName
      ? [{ displayName: rec.location.displayName, locationType: 'default' }]
      : [],
    recurrence: null,
    attendees: rec.attendees,
    organizer: {
      emailAddress: { name: organizer?.displayName ?? '', address: organizer?.userPrincipalName ?? '' },
    },
    onlineMeeting: rec.joinUrl ? { joinUrl: rec.joinUrl } : null,
    ...(expandProps ? { singleValueExtendedProperties: rec.singleValueExtendedProperties } : {}),
  };
}
