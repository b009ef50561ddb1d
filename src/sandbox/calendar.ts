/**
 * Outlook calendar: /me/events and /users/{id}/events (create, list, get, update, delete, cancel) and
 * onlineMeetings.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Permission } from './auth';
import { authenticate, requirePermission, sameScopes, signedInUser } from './auth';
import type { Ctx } from './context';
import { header, page, param, parseBody, query, sendJson } from './context';
import { badRequest, notFound } from './errors';
import type { EventDraft } from './eventsModel';
import {
  deleteEvent,
  findUserByAddress,
  insertEvent,
  meetingLink,
  renderEvent,
  saveEvent,
  saveMeetingChat,
  syncCopies,
} from './eventsModel';
import type { EventRec, UserRec } from './records';
import { chatRec, eventRec } from './records';
import type { EventCreate, EventUpdate } from './schemas';
import { eventCreate, eventUpdate } from './schemas';
import { eventFilter, select } from './eventQuery';
import { preferredZone, toInstant } from './tz';
import { targetUser } from './users';

/** `POST …/events/{id}/cancel`: the organizer's optional message to the attendees. */
const eventCancel = z.strictObject({ comment: z.string().max(10_000).optional() });

const READ = sameScopes(
  ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
  'ErrorAccessDenied',
);
const WRITE = sameScopes(['Calendars.ReadWrite'], 'ErrorAccessDenied');
const shared = (p: Permission): Permission => ({
  ...p,
  delegated: p.delegated.filter((s) => s !== 'Calendars.ReadBasic').map((s) => `${s}.Shared`),
});
const MEETINGS: Permission = {
  delegated: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'],
  app: ['OnlineMeetings.Read.All', 'OnlineMeetings.ReadWrite.All'],
  code: 'Forbidden',
};
const TYPE = 'microsoft.graph.event';

function times(body: { start?: EventCreate['start']; end?: EventCreate['end'] }, current?: EventRec) {
  const start = body.start
    ? toInstant(body.start.dateTime, body.start.timeZone)
    : new Date(current?.startUtc ?? 0);
  const end = body.end ? toInstant(body.end.dateTime, body.end.timeZone) : new Date(current?.endUtc ?? 0);
  if (end.getTime() < start.getTime())
    throw badRequest('The start time must be before the end time.', 'ErrorInvalidRequest');
  return { start, end };
}

function attendeesOf(store: Ctx['store'], list: EventCreate['attendees']): EventDraft['attendees'] {
  return (list ?? []).map((a) => ({
    address: a.emailAddress.address,
    name:
      a.emailAddress.name ??
      findUserByAddress(store, a.emailAddress.address)?.displayName ??
      a.emailAddress.address,
    type: a.type ?? 'required',
  }));
}

export function registerCalendar(app: FastifyInstance, ctx: Ctx): void {
  const owner = async (req: FastifyRequest, perm: Permission): Promise<UserRec> => {
    const p = await authenticate(ctx, req);
    if (req.url.startsWith('/v1.0/me/')) {
      const me = signedInUser(p);
      requirePermission(p, perm);
      return me;
    }
    return targetUser(ctx, p, param(req, 'id'), perm, shared(perm));
  };
  const render = (req: FastifyRequest, rec: EventRec) =>
    select(
      renderEvent(
        ctx.store,
        rec,
        preferredZone(header(req, 'prefer')),
        /singleValueExtendedProperties/i.test(query(req, 'expand') ?? ''),
      ),
      query(req, 'select'),
    );
  const eventOf = (user: UserRec, req: FastifyRequest): EventRec => {
    const rec = ctx.store.get('event', param(req, 'eventId'), eventRec);
    if (!rec || rec.ownerId !== user.id)
      throw notFound('The specified object was not found in the store.', 'ErrorItemNotFound');
    return rec;
  };

  for (const base of ['/v1.0/me', '/v1.0/users/:id']) {
    for (const events of [`${base}/events`, `${base}/calendar/events`]) {
      app.post(events, async (req, reply) => {
        const user = await owner(req, WRITE);
        const body = parseBody(eventCreate, req.body, TYPE);
        if (body.transactionId) {
          const existing = ctx.store
            .list('event', user.id, eventRec)
            .find((e) => e.transactionId === body.transactionId && e.organizerId === user.id);
          if (existing) return sendJson(reply, 201, render(req, existing));
        }
        const { start, end } = times(body);
        const draft: EventDraft = {
          subject: body.subject ?? '',
          body: body.body ?? { contentType: 'html', content: '' },
          start,
          end,
          startTimeZone: body.start.timeZone,
          endTimeZone: body.end.timeZone,
          attendees: attendeesOf(ctx.store, body.attendees),
          location: body.location?.displayName ?? '',
          sensitivity: body.sensitivity ?? 'normal',
          showAs: body.showAs ?? 'busy',
          importance: body.importance ?? 'normal',
          categories: body.categories ?? [],
          isAllDay: body.isAllDay ?? false,
          isReminderOn: body.isReminderOn ?? true,
          reminderMinutesBeforeStart: body.reminderMinutesBeforeStart ?? 15,
          allowNewTimeProposals: body.allowNewTimeProposals ?? true,
          responseRequested: body.responseRequested ?? true,
          isOnlineMeeting: body.isOnlineMeeting ?? false,
          onlineMeetingProvider: body.isOnlineMeeting
            ? (body.onlineMeetingProvider ?? 'teamsForBusiness')
            : 'unknown',
          transactionId: body.transactionId ?? null,
          singleValueExtendedProperties: body.singleValueExtendedProperties ?? [],
        };
        const rec = insertEvent(ctx.store, user, draft, ctx.now());
        return sendJson(reply, 201, render(req, rec));
      });
      app.get(events, async (req, reply) => {
        const user = await owner(req, READ);
        const matches = ctx.store.list('event', user.id, eventRec).filter(eventFilter(query(req, 'filter')));
        const order = query(req, 'orderby');
        if (order) {
          const desc = /\sdesc$/i.test(order);
          const key = /^end\//i.test(order) ? 'endUtc' : 'startUtc';
          matches.sort((a, b) => (desc ? -1 : 1) * a[key].localeCompare(b[key]));
        }
        const { value, nextLink } = page(req, ctx, matches, 10, 1000);
        return sendJson(reply, 200, {
          '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#users('${user.id}')/events`,
          ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
          value: value.map((e) => render(req, e)),
        });
      });
      app.get(`${events}/:eventId`, async (req, reply) =>
        sendJson(reply, 200, render(req, eventOf(await owner(req, READ), req))),
      );
      app.patch(`${events}/:eventId`, async (req, reply) => {
        const user = await owner(req, WRITE);
        const rec = eventOf(user, req);
        const body = parseBody(eventUpdate, req.body, TYPE);
        const updated = applyUpdate(ctx, rec, body);
        return sendJson(reply, 200, render(req, updated));
      });
      app.post(`${events}/:eventId/cancel`, async (req, reply) => {
        const rec = eventOf(await owner(req, WRITE), req);
        parseBody(eventCancel, req.body ?? {}, 'microsoft.graph.event.cancel');
        if (rec.ownerId !== rec.organizerId)
          throw badRequest('You need to be an organizer to cancel a meeting.', 'ErrorAccessDenied');
        // Graph sends the attendees a cancellation and removes the meeting from every calendar.
        deleteEvent(ctx.store, rec);
        return reply.code(202).send();
      });
      app.delete(`${events}/:eventId`, async (req, reply) => {
        deleteEvent(ctx.store, eventOf(await owner(req, WRITE), req));
        return reply.code(204).send();
      });
    }
  }

  app.get('/v1.0/me/onlineMeetings', async (req, reply) => {
    const p = await authenticate(ctx, req);
    const me = signedInUser(p);
    requirePermission(p, MEETINGS);
    const m = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(query(req, 'filter') ?? '');
    if (!m)
      throw badRequest("Filter on JoinWebUrl is required, e.g. $filter=JoinWebUrl eq '<url>'.", 'BadRequest');
    const url = (m[1] ?? '').replace(/''/g, "'");
    const chats = ctx.store.byTag('chat', url, chatRec).filter((c) => c.organizerId === me.id);
    const value = chats.map((c) => ({
      id: c.meetingId,
      creationDateTime: c.createdDateTime,
      startDateTime: c.startUtc,
      endDateTime: c.endUtc,
      joinUrl: c.joinWebUrl,
      joinWebUrl: c.joinWebUrl,
      subject: c.topic,
      isBroadcast: false,
      allowMeetingChat: 'enabled',
      chatInfo: { threadId: c.id, messageId: '0', replyChainMessageId: null },
      participants: {
        organizer: {
          upn: me.userPrincipalName,
          role: 'presenter',
          identity: { user: { id: me.id, displayName: null, tenantId: null } },
        },
        attendees: [],
      },
    }));
    return sendJson(reply, 200, {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#users('${me.id}')/onlineMeetings`,
      value,
    });
  });
}

function applyUpdate(ctx: Ctx, rec: EventRec, body: EventUpdate): EventRec {
  const { start, end } = times(body, rec);
  const at = ctx.now().toISOString();
  const next: EventRec = {
    ...rec,
    startUtc: start.toISOString(),
    endUtc: end.toISOString(),
    originalStartTimeZone: body.start?.timeZone ?? rec.originalStartTimeZone,
    originalEndTimeZone: body.end?.timeZone ?? rec.originalEndTimeZone,
    lastModifiedDateTime: at,
    changeKey: Buffer.from(`${rec.id}:${at}`).toString('base64').slice(-22),
    subject: body.subject ?? rec.subject,
    body: body.body ?? rec.body,
    attendees: body.attendees
      ? attendeesOf(ctx.store, body.attendees).map((a) => ({
          type: a.type,
          status: rec.attendees.find((o) => o.emailAddress.address.toLowerCase() === a.address.toLowerCase())
            ?.status ?? { response: 'none', time: '0001-01-01T00:00:00Z' },
          emailAddress: { address: a.address, name: a.name },
        }))
      : rec.attendees,
    location: body.location ? { displayName: body.location.displayName ?? '' } : rec.location,
    sensitivity: body.sensitivity ?? rec.sensitivity,
    showAs: body.showAs ?? rec.showAs,
    importance: body.importance ?? rec.importance,
    categories: body.categories ?? rec.categories,
    isAllDay: body.isAllDay ?? rec.isAllDay,
    isReminderOn: body.isReminderOn ?? rec.isReminderOn,
    reminderMinutesBeforeStart: body.reminderMinutesBeforeStart ?? rec.reminderMinutesBeforeStart,
    allowNewTimeProposals: body.allowNewTimeProposals ?? rec.allowNewTimeProposals,
    responseRequested: body.responseRequested ?? rec.responseRequested,
    singleValueExtendedProperties: mergeProps(
      rec.singleValueExtendedProperties,
      body.singleValueExtendedProperties,
    ),
  };
  const isOrganizer = rec.ownerId === rec.organizerId;
  if (isOrganizer && body.isOnlineMeeting && !rec.joinUrl) {
    const link = meetingLink(rec.organizerId);
    Object.assign(next, {
      isOnlineMeeting: true,
      onlineMeetingProvider: body.onlineMeetingProvider ?? 'teamsForBusiness',
      joinUrl: link.joinUrl,
      chatThreadId: link.threadId,
    });
  }
  saveEvent(ctx.store, next);
  if (isOrganizer) {
    saveMeetingChat(ctx.store, next);
    syncCopies(ctx.store, next);
  }
  return next;
}

function mergeProps(
  current: EventRec['singleValueExtendedProperties'],
  updates: EventUpdate['singleValueExtendedProperties'],
) {
  if (!updates) return current;
  const map = new Map(current.map((p) => [p.id.toLowerCase(), p]));
  for (const u of updates) map.set(u.id.toLowerCase(), u);
  return [...map.values()];
}
