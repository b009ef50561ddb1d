/**
 * The composition root of the MUS service: builds the Fastify app from its ports (token validator,
 * directory, record store, private notes store). `main.ts` wires the real adapters; tests wire the sandbox
 * or fakes. Nothing here decides access: that is `authorization/policy.ts`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiContext } from './api/context';
import { registerApi } from './api';
import { transformObject } from './api/openApiDocument';
import type { TokenValidator } from './auth/tokenValidator';
import { collectionAuditLog } from './authorization/audit';
import type { Directory } from './authorization/directory';
import { AccessPolicy } from './authorization/policy';
import { installErrorHandling } from './http/errorHandler';
import { installSecurityHeaders } from './http/securityHeaders';
import { createCollections } from './records/collection';
import type { PrivateNotesStore } from './records/privateNotes';
import type { CalendarPort } from './calendar/freeBusy';
import { UpstreamError } from './records/errors';
import type { RecordStore } from './records/recordStore';
import type { ChatMeetingPort } from './calendar/chatMeeting';
import type { BookingPort } from './jobs/booking';
import { memoryConclusionFiles, type ConclusionFiles } from './pdf/files';
import type { LiveSettings } from './live/settings';

export interface ServiceDependencies {
  readonly tokens: TokenValidator;
  readonly directory: Directory;
  /** The directory without its cache, for writes and sensitive reads (default: `directory`). */
  readonly freshDirectory?: Directory;
  readonly records: RecordStore;
  readonly privateNotes: PrivateNotesStore;
  /** Free/busy for planning rounds (Graph getSchedule on the leader's behalf); without it planning answers 503. */
  readonly calendar?: CalendarPort;
  /** The Entra group whose members are HR. */
  readonly hrGroupId: string;
  /** The clock of every rule and record (meeting started, conclusion allowed, deadlines, `at` times). */
  readonly now?: () => Date;
  /**
   * Serve `GET /_sandbox/clock` (the service's time, to compare with the sandbox's): the embedded default
   * only (`main.ts` sets it for a sandbox config, never for a tenant's).
   */
  readonly clockRoute?: boolean;
  /** The built pages (default `dist/web`); served only when the folder exists. */
  readonly webRoot?: string;
  /** Largest accepted body in bytes (default 256 KiB). */
  readonly bodyLimit?: number;
  readonly logger?: boolean;
  /** Booking jobs (`jobs/booking.ts`); without it booking answers 503. */
  readonly booking?: BookingPort;
  /** Where signed conclusions' PDFs are kept (default: in memory). */
  readonly conclusionFiles?: ConclusionFiles;
  /** The Fluid service of the live layer (`live/settings.ts`); without it the live routes answer 503. */
  readonly live?: LiveSettings;
  /** The event of a meeting chat the app did not book (`calendar/chatMeeting.ts`). */
  readonly chatMeetings?: ChatMeetingPort;
}

/** A service built without Graph calendars (unit tests) answers planning with 503. */
const noCalendar: CalendarPort = {
  freeBusy: async () => {
    throw new UpstreamError('No calendar is configured');
  },
};

export const DEFAULT_BODY_LIMIT = 256 * 1024;

export async function buildApp(deps: ServiceDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Query strings are parsed flat: no nested objects or arrays smuggled in through `a[b]=c`.
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MUS service',
        description:
          'MUS (medarbejderudviklingssamtaler): conversations, notes, goals, conclusions, HR overview.',
        version: '1.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
    transformObject,
  });

  const now = deps.now ?? (() => new Date());
  const records = createCollections(deps.records);
  const policy = new AccessPolicy(
    deps.directory,
    collectionAuditLog(records.audit, now),
    { hrGroupId: deps.hrGroupId, ...(deps.freshDirectory ? { freshDirectory: deps.freshDirectory } : {}) },
    now,
  );
  const ctx: ApiContext = {
    policy,
    directory: deps.directory,
    privateNotes: deps.privateNotes,
    calendar: deps.calendar ?? noCalendar,
    now,
    records,
    conclusionFiles: deps.conclusionFiles ?? memoryConclusionFiles(),
    ...(deps.booking ? { booking: deps.booking } : {}),
    ...(deps.live ? { live: deps.live } : {}),
    ...(deps.chatMeetings ? { chatMeetings: deps.chatMeetings } : {}),
  };

  await registerApi(app, ctx, deps.tokens);
  if (deps.clockRoute)
    app.get('/_sandbox/clock', { schema: { hide: true } }, async () => ({ now: now().toISOString() }));

  const webRoot = deps.webRoot ?? path.resolve('dist/web');
  if (existsSync(webRoot)) {
    // Loaded on demand: @fastify/static pulls in an ESM-only dependency that Jest's CommonJS run cannot load.
    const { default: fastifyStatic } = await import('@fastify/static');
    // A folder's index.html is its page (the local Teams host at /host/); `/` itself redirects below.
    await app.register(fastifyStatic, {
      root: webRoot,
      index: 'index.html',
      redirect: true,
      schemaHide: true,
    });
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/content.html'));
  return app;
}
