/**
 * The local Microsoft 365 sandbox: Graph v1.0 at /v1.0, an OpenID issuer at /oidc, test controls at /_sandbox.
 * Think Azurite for Microsoft 365.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { registerBatch } from './batch';
import { authenticate } from './auth';
import { registerCalendar } from './calendar';
import { registerChats } from './chats';
import { registerClock, SandboxClock } from './clock';
import type { SandboxApp, SandboxOptions } from './config';
import { defaultApps } from './config';
import type { Ctx } from './context';
import { header, INNER_HEADER, sendJson } from './context';
import { registerControls } from './controls';
import { registerDirectoryWrites } from './directoryWrites';
import { registerDrive } from './drive';
import { errorBody, GraphError } from './errors';
import { Faults } from './faults';
import { registerItems } from './items';
import { costOf, ResourceMeter } from './meter';
import { registerOidc } from './oidc';
import { RequestLog } from './requestLog';
import { registerSchedule } from './schedule';
import { closeMusSiteToUsers, MUS_SITE_ID, seed } from './seed';
import { registerSiteDrive } from './siteDrive';
import { registerSites } from './sites';
import { Store } from './store';
import { loadKeys } from './tokens';
import { registerUsers } from './users';

export interface Sandbox {
  url: string;
  /** The organisation's time (movable through `/_sandbox/clock`): the MUS service on the embedded default reads it. */
  now(): Date;
  close(): Promise<void>;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const dataDir = resolve(
    options.dataDir ?? process.env.SANDBOX_DATA_DIR ?? process.env.DATA_DIR ?? '.data/sandbox',
  );
  const store = new Store(dataDir);
  const tokenNow = options.now ?? (() => new Date());
  const clock = new SandboxClock(store, tokenNow);
  const now = clock.now;
  if (!store.getMeta('seededAt')) seed(store, now());
  closeMusSiteToUsers(store);
  const keys = await loadKeys(store);
  const apps: SandboxApp[] = options.apps ?? defaultApps(MUS_SITE_ID);
  let baseUrl = '';
  const innerSecret = randomUUID();
  const ctx: Ctx = {
    store,
    keys,
    apps,
    now,
    tokenNow,
    baseUrl: () => baseUrl,
    issuer: () => `${baseUrl}/oidc`,
    principals: new WeakMap(),
    rawBodies: new WeakMap(),
    onReset: [],
  };
  const faults = new Faults();
  const log = new RequestLog();
  const licences = options.licences ?? (Number(process.env.SANDBOX_LICENCES) || undefined);
  const meter = new ResourceMeter(licences, options.meterClock);
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    routerOptions: { maxParamLength: 1000 },
    bodyLimit: 20 * 1024 * 1024,
  });
  app.removeAllContentTypeParsers();
  await app.register(formbody);

  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    ctx.rawBodies.set(req, buf);
    if (buf.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(buf.toString('utf8')));
    } catch {
      done(
        new GraphError(
          400,
          'BadRequest',
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
        ),
        undefined,
      );
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) => {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    ctx.rawBodies.set(req, buf);
    done(null, buf);
  });

  const parentOf = (h: string | undefined) =>
    h?.startsWith(`${innerSecret}:`) ? h.slice(innerSecret.length + 1) : undefined;

  app.addHook('onRequest', async (req, reply) => {
    const requestId = randomUUID();
    reply
      .header('request-id', requestId)
      .header('client-request-id', header(req, 'client-request-id') ?? requestId);
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/_sandbox')) return;
    // Graph answers browsers (CORS), as Microsoft Graph does: the local Outlook host saves appointments.
    if (path.startsWith('/v1.0/') && header(req, 'origin')) {
      reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'request-id');
      if (req.method === 'OPTIONS') {
        const headers = 'authorization, content-type, prefer, if-match, client-request-id';
        const methods = 'GET, POST, PATCH, PUT, DELETE';
        await reply
          .header('access-control-allow-methods', methods)
          .header('access-control-allow-headers', headers)
          .code(204)
          .send();
        return reply;
      }
    }
    const decision = faults.decide(req.method, path, parentOf(header(req, INNER_HEADER)) !== undefined);
    if (decision.latencyMs > 0) await new Promise((r) => setTimeout(r, decision.latencyMs));
    if (decision.fail) {
      const { status, retryAfter } = decision.fail;
      const [code, message] =
        status === 429
          ? ['TooManyRequests', 'Too many requests. Please retry again later.']
          : ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry again later.'];
      await sendJson(
        reply.header('retry-after', String(retryAfter)),
        status,
        errorBody(code, message, requestId),
      );
      return reply;
    }
    const throttled = await metered(req, reply, path);
    if (throttled) return throttled;
  });

  /** SharePoint's resource units of the calling app (`meter.ts`): RateLimit headers from 80 %, 429 past it. */
  const metered = async (req: FastifyRequest, reply: FastifyReply, path: string) => {
    if (!path.startsWith('/v1.0/') || costOf(req.method, path, '') === 0) return undefined;
    const principal = await authenticate(ctx, req).catch(() => undefined);
    if (!principal) return undefined; // the route answers 401
    const decision = meter.charge(principal.appId, req.method, path, req.url.split('?')[1] ?? '');
    for (const [k, v] of Object.entries(decision?.headers ?? {})) reply.header(k, v);
    if (decision?.retryAfter === undefined) return undefined;
    const message = 'The request has been throttled: the application is over its resource units per minute.';
    return sendJson(
      reply,
      429,
      errorBody('activityLimitReached', message, String(reply.getHeader('request-id'))),
    );
  };

  app.addHook('onResponse', async (req, reply) => {
    const [path = '', q = ''] = req.url.split('?');
    if (path.startsWith('/_sandbox')) return;
    const entry = {
      id: req.id,
      method: req.method,
      path,
      query: q,
      status: reply.statusCode,
      time: new Date().toISOString(),
      durationMs: Math.round(reply.elapsedTime),
    };
    const parent = parentOf(header(req, INNER_HEADER));
    if (parent) log.addInner(parent, entry);
    else log.add(entry);
  });

  app.setErrorHandler((err: FastifyError | GraphError, req, reply) => {
    const requestId = String(reply.getHeader('request-id') ?? randomUUID());
    if (err instanceof GraphError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return sendJson(reply, err.status, errorBody(err.code, err.message, requestId));
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    const code =
      status === 415
        ? 'UnsupportedMediaType'
        : status === 413
          ? 'RequestEntityTooLarge'
          : status >= 500
            ? 'generalException'
            : 'BadRequest';
    return sendJson(reply, status, errorBody(code, err.message, requestId));
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/v1.0')) {
      const segment = path.split('/').filter(Boolean).slice(1).at(-1) ?? '';
      return sendJson(
        reply,
        400,
        errorBody('BadRequest', `Resource not found for the segment '${segment}'.`),
      );
    }
    return sendJson(reply, 404, errorBody('NotFound', `No route for ${req.method} ${path}.`));
  });

  registerOidc(app, ctx);
  registerUsers(app, ctx);
  registerDirectoryWrites(app, ctx);
  registerCalendar(app, ctx);
  registerSchedule(app, ctx);
  registerBatch(app, ctx, (parentId) => `${innerSecret}:${parentId}`, options.mailboxConcurrency ?? 4);
  registerSites(app, ctx);
  registerSiteDrive(app, ctx);
  registerItems(app, ctx);
  registerDrive(app, ctx);
  registerChats(app, ctx);
  registerControls(app, ctx, faults, log, meter);
  registerClock(app, clock);

  const port = options.port ?? Number(process.env.SANDBOX_PORT ?? 53100);
  await app.listen({ port, host: options.host ?? 'localhost' });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  baseUrl = `http://localhost:${actualPort}`;
  return {
    url: baseUrl,
    now,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}
