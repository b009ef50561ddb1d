/** POST /me/calendar/getSchedule: free/busy of up to 20 people over a window under 62 days. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate, requirePermission, sameScopes, signedInUser } from './auth';
import type { Ctx } from './context';
import { header, param, parseBody, sendJson } from './context';
import { badRequest } from './errors';
import { findUserByAddress } from './eventsModel';
import { eventRec } from './records';
import { scheduleRequest } from './schemas';
import { preferredZone, toDateTimeTimeZone, toInstant } from './tz';
import { findUser } from './users';

const PERM = sameScopes(
  ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
  'ErrorAccessDenied',
);
const STATUS_CODE: Record<string, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
  unknown: '0',
};
/** Which status wins when events overlap in one interval: oof, busy, tentative, elsewhere, free. */
const RANK: Record<string, number> = { '0': 0, '4': 1, '1': 2, '2': 3, '3': 4 };
const MAX_SCHEDULES = 20;
const MAX_WINDOW_MS = 62 * 24 * 3600 * 1000;

export function registerSchedule(app: FastifyInstance, ctx: Ctx): void {
  const handler = async (req: FastifyRequest) => {
    const p = await authenticate(ctx, req);
    if (req.url.startsWith('/v1.0/me/')) signedInUser(p);
    else if (!findUser(ctx, param(req, 'id')))
      throw badRequest('The mailbox of the calendar owner was not found.', 'ErrorInvalidUser');
    requirePermission(p, PERM);
    const body = parseBody(scheduleRequest, req.body, 'microsoft.graph.getSchedule');
    if (body.schedules.length > MAX_SCHEDULES) {
      throw badRequest(
        `The number of schedules requested (${body.schedules.length}) exceeds the maximum of ${MAX_SCHEDULES}.`,
        'ErrorInvalidParameter',
      );
    }
    const interval = body.availabilityViewInterval ?? 30;
    if (interval < 5 || interval > 1440)
      throw badRequest(
        'availabilityViewInterval must be between 5 and 1440 minutes.',
        'ErrorInvalidParameter',
      );
    const start = toInstant(body.startTime.dateTime, body.startTime.timeZone);
    const end = toInstant(body.endTime.dateTime, body.endTime.timeZone);
    if (end.getTime() <= start.getTime())
      throw badRequest('The end time must be after the start time.', 'ErrorInvalidParameter');
    if (end.getTime() - start.getTime() >= MAX_WINDOW_MS) {
      throw badRequest(
        'The requested time duration exceeds the maximum of 62 days; ask for a shorter window.',
        'ErrorInvalidParameter',
      );
    }
    const zone = preferredZone(header(req, 'prefer')) ?? 'UTC';
    const slots = Math.ceil((end.getTime() - start.getTime()) / (interval * 60_000));
    const value = body.schedules.map((address) => {
      const user = findUserByAddress(ctx.store, address);
      if (!user) {
        return {
          scheduleId: address,
          availabilityView: '',
          scheduleItems: [],
          error: { message: 'The mailbox was not found.', responseCode: 'ErrorMailboxNotFound' },
        };
      }
      const events = ctx.store
        .list('event', user.id, eventRec)
        .filter(
          (e) =>
            !e.isCancelled && e.showAs !== 'free' && new Date(e.startUtc) < end && new Date(e.endUtc) > start,
        )
        .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
      let view = '';
      for (let i = 0; i < slots; i++) {
        const s0 = start.getTime() + i * interval * 60_000;
        const s1 = s0 + interval * 60_000;
        const codes = events
          .filter((e) => new Date(e.startUtc).getTime() < s1 && new Date(e.endUtc).getTime() > s0)
          .map((e) => STATUS_CODE[e.showAs] ?? '2');
        view += codes.reduce((a, b) => ((RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a), '0');
      }
      return {
        scheduleId: address,
        availabilityView: view,
        scheduleItems: events.map((e) => ({
          isPrivate: e.sensitivity === 'private',
          status: e.showAs,
          subject: e.sensitivity === 'private' ? '' : e.subject,
          location: e.sensitivity === 'private' ? '' : e.location.displayName,
          isMeeting: e.attendees.length > 0,
          isRecurring: false,
          isException: false,
          isReminderSet: e.isReminderOn,
          start: toDateTimeTimeZone(new Date(e.startUtc), zone),
          end: toDateTimeTimeZone(new Date(e.endUtc), zone),
        })),
        workingHours: user.workingHours,
      };
    });
    return {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
      value,
    };
  };
  for (const path of ['/v1.0/me/calendar/getSchedule', '/v1.0/users/:id/calendar/getSchedule']) {
    app.post(path, async (req, reply) => sendJson(reply, 200, await handler(req)));
  }
}
