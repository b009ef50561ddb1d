/** Test controls under /_sandbox: users (and their manager), faults, log, notifications, reset. Not part of Graph. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from './context';
import { param, sendJson } from './context';
import { badRequest, notFound } from './errors';
import type { Faults } from './faults';
import type { ResourceMeter } from './meter';
import { chatTabRec, eventRec, notificationRec, userRec } from './records';
import type { RequestLog } from './requestLog';
import { seed } from './seed';

export function registerControls(
  app: FastifyInstance,
  ctx: Ctx,
  faults: Faults,
  log: RequestLog,
  meter: ResourceMeter,
): void {
  app.get('/_sandbox/users', async (_req, reply) => {
    // The local host page (on the MUS service's origin) lists the demo users from here.
    reply.header('access-control-allow-origin', '*');
    const users = ctx.store.list('user', undefined, userRec).map((u) => ({
      id: u.id,
      userPrincipalName: u.userPrincipalName,
      displayName: u.displayName,
      jobTitle: u.jobTitle,
      department: u.department,
      role: u.role,
      managerId: u.managerId,
    }));
    return sendJson(reply, 200, { value: users });
  });

  app.post('/_sandbox/users/:id/manager', async (req, reply) => {
    // A test moves someone to another leader, as an HR system does through Graph (directoryWrites.ts).
    const body = z.object({ managerId: z.string().min(1) }).safeParse(req.body);
    if (!body.success) throw badRequest('Send {"managerId": "…"}.');
    const user = ctx.store.get('user', param(req, 'id'), userRec);
    const manager = ctx.store.get('user', body.data.managerId, userRec);
    if (!user || !manager || manager.id === user.id) throw notFound('No such user or manager.');
    const moved = { ...user, managerId: manager.id };
    ctx.store.put('user', user.id, moved, { parent: manager.id, tag: user.userPrincipalName.toLowerCase() });
    return sendJson(reply, 200, { id: user.id, managerId: manager.id });
  });

  app.get('/_sandbox/users/:upn/meetings', async (req, reply) => {
    // The local Teams host page lists the chosen user's Teams meetings from their calendar (organizer's
    // event or attendee's copy), soonest first; `mus` when the meeting chat has a tab (the MUS side panel).
    reply.header('access-control-allow-origin', '*');
    const upn = param(req, 'upn').toLowerCase();
    const user = ctx.store
      .list('user', undefined, userRec)
      .find((u) => u.userPrincipalName.toLowerCase() === upn);
    if (!user) throw notFound('No such user.');
    const since = ctx.now().getTime() - 24 * 3_600_000;
    const meetings = ctx.store
      .list('event', user.id, eventRec)
      .filter((e) => e.chatThreadId && !e.isCancelled && Date.parse(e.endUtc) >= since)
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
      .slice(0, 50)
      .map((e) => ({
        subject: e.subject,
        start: e.startUtc,
        end: e.endUtc,
        chatId: e.chatThreadId,
        mus: ctx.store.list('chatTab', e.chatThreadId ?? '', chatTabRec).length > 0,
      }));
    return sendJson(reply, 200, { value: meetings });
  });

  app.get('/_sandbox/faults', async (_req, reply) => sendJson(reply, 200, { value: faults.describe() }));
  app.post('/_sandbox/faults', async (req, reply) => {
    try {
      return sendJson(reply, 201, { ids: faults.add(req.body) });
    } catch (e) {
      if (e instanceof z.ZodError || e instanceof SyntaxError)
        throw badRequest(`Invalid fault rule: ${e.message}`);
      throw e;
    }
  });
  app.delete('/_sandbox/faults', async (_req, reply) => {
    faults.clear();
    return reply.code(204).send();
  });
  app.delete('/_sandbox/faults/:id', async (req, reply) => {
    if (!faults.remove(param(req, 'id'))) throw notFound('No such fault rule.');
    return reply.code(204).send();
  });

  app.get('/_sandbox/log', async (_req, reply) => sendJson(reply, 200, { value: log.all() }));
  app.delete('/_sandbox/log', async (_req, reply) => {
    log.clear();
    return reply.code(204).send();
  });

  // SharePoint's resource units per app (`meter.ts`): the tier, and what each app used since the last clear.
  const meterState = () => ({ limitPerMinute: meter.limit ?? null, value: meter.usage() });
  app.get('/_sandbox/meter', async (_req, reply) => sendJson(reply, 200, meterState()));
  app.put('/_sandbox/meter', async (req, reply) => {
    const body = z.object({ licences: z.number().int().min(0).nullable() }).safeParse(req.body);
    if (!body.success) throw badRequest(`Invalid meter settings: ${body.error.message}`);
    meter.setLicences(body.data.licences ?? undefined);
    return sendJson(reply, 200, meterState());
  });
  app.delete('/_sandbox/meter', async (_req, reply) => {
    meter.clear();
    return reply.code(204).send();
  });

  app.get('/_sandbox/notifications', async (_req, reply) =>
    sendJson(reply, 200, { value: ctx.store.list('notification', undefined, notificationRec) }),
  );

  app.get('/_sandbox/config', async (_req, reply) =>
    sendJson(reply, 200, {
      issuer: ctx.issuer(),
      graphBaseUrl: `${ctx.baseUrl()}/v1.0`,
      apps: ctx.apps.map((a) => ({
        clientId: a.clientId,
        displayName: a.displayName,
        roles: a.roles,
        selectedSites: a.selectedSites,
      })),
    }),
  );

  /** Wipes every change and seeds the demo organisation again (calendars relative to now). Keeps the key. */
  app.post('/_sandbox/reset', async (_req, reply) => {
    ctx.store.wipe();
    seed(ctx.store, ctx.now());
    faults.clear();
    log.clear();
    meter.clear();
    for (const fn of ctx.onReset) fn();
    return sendJson(reply, 200, { reset: true, seededAt: ctx.store.getMeta('seededAt') });
  });
}
