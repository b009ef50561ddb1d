import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../auth/authPlugin';
import { ApiError } from '../http/problem';
import { idSchema, longTextSchema, noteSchema } from '../records/schemas';
import { conversationFor, conversationForWrite, versioned, writeWhole, type ApiContext } from './context';
import { conversationParams, errorResponses, ifMatchHeader, secured, versionedSchema } from './schemas';

const topicParams = conversationParams.extend({ topicId: idSchema });
const privateNoteSchema = z.object({ etag: z.string(), text: z.string() });

/**
 * Shared notes are one record per topic, so two people typing into different topics never touch the
 * same record, and a stale write to the same topic is a 412 carrying the current text to merge with.
 * Private notes go to the author's OneDrive app folder (on-behalf-of) and never to the MUS site.
 */
export function registerNotes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { notes } = ctx.records;

  api.get(
    '/api/conversations/:conversationId/notes',
    {
      schema: {
        ...secured(['notes']),
        params: conversationParams,
        response: { 200: z.array(versionedSchema(noteSchema)), ...errorResponses },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(
        ctx,
        callerOf(request),
        request.params.conversationId,
        'notes',
      );
      return (await notes.find('conversationId', conversation.key)).map((n) => ({
        etag: n.etag,
        value: n.value,
      }));
    },
  );

  api.put(
    '/api/conversations/:conversationId/notes/:topicId',
    {
      schema: {
        ...secured(['notes']),
        summary: 'Write the shared note of one topic; the first write needs no If-Match',
        params: topicParams,
        headers: ifMatchHeader,
        body: z.object({ text: longTextSchema }),
        response: { 200: versionedSchema(noteSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { conversationId, topicId } = request.params;
      const { conversation } = await conversationForWrite(ctx, caller, conversationId, 'notes');
      if (!conversation.value.agenda.items.some((i) => i.topic.id === topicId))
        throw new ApiError('not_found', 'The topic is not on the agenda');
      if (conversation.value.status === 'cancelled') throw new ApiError('invalid_state');
      const saved = await writeWhole(notes, request, `${conversation.key}:${topicId}`, {
        schemaVersion: 1 as const,
        conversationId: conversation.key,
        topicId,
        text: request.body.text,
        updatedBy: caller.userId,
        updatedAt: ctx.now().toISOString(),
      });
      return versioned(reply, saved);
    },
  );

  api.get(
    '/api/conversations/:conversationId/private-note',
    {
      schema: {
        ...secured(['notes']),
        summary: 'My private note (from my own OneDrive app folder)',
        params: conversationParams,
        response: { 200: privateNoteSchema.nullable(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await conversationFor(ctx, caller, request.params.conversationId, 'private-note');
      const note = await ctx.privateNotes.read(caller, request.params.conversationId);
      if (note) reply.header('etag', note.etag);
      return note ? { etag: note.etag, text: note.text } : null;
    },
  );

  api.put(
    '/api/conversations/:conversationId/private-note',
    {
      schema: {
        ...secured(['notes']),
        params: conversationParams,
        headers: ifMatchHeader,
        body: z.object({ text: longTextSchema }),
        response: { 200: privateNoteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await conversationFor(ctx, caller, request.params.conversationId, 'private-note');
      const base = request.headers['if-match'];
      const note = await ctx.privateNotes.write(
        caller,
        request.params.conversationId,
        request.body.text,
        base,
      );
      reply.header('etag', note.etag);
      return { etag: note.etag, text: note.text };
    },
  );
}
