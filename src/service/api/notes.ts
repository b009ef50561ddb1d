import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personId, topicId, writeSharedNote } from '../../domain';
import { ApiError } from '../http/problem';
import { RECORDS } from '../records/kinds';
import { ifMatchOf, values, versioned, type ApiContext } from './context';
import {
  conversationParams,
  errorResponses,
  idSchema,
  ifMatchHeader,
  longTextSchema,
  secured,
  versionedSchema,
} from './schemas';

const one = versionedSchema(RECORDS.note.schema);
const privateNoteSchema = z.object({ etag: z.string(), text: z.string() });
const textBody = z.object({ text: longTextSchema });
const schema = () => ({ ...secured(['notes']), params: conversationParams });

/**
 * Shared notes are the domain's `SharedNote`, one record per topic, so two people typing into different topics
 * never touch the same record, and a stale write to the same topic is a 412 carrying the current text to merge
 * with. Private notes go to the author's OneDrive app folder (on-behalf-of) and never to the MUS site.
 */
export function noteRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { notes } = ctx.records;

  api.get(
    '/notes',
    { schema: { ...schema(), response: { 200: z.array(one), ...errorResponses } } },
    async ({ conversation }) => values(await notes.find('conversationId', conversation.key)),
  );

  api.put(
    '/notes/:topicId',
    {
      schema: {
        ...schema(),
        params: conversationParams.extend({ topicId: idSchema }),
        summary: 'Write the shared note of one topic; the first write needs no If-Match',
        headers: ifMatchHeader,
        body: textBody,
        response: { 200: one, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { conversation, caller } = request;
      const id = topicId(request.params.topicId);
      if (!conversation.value.agenda.items.some((i) => i.topic.id === id))
        throw new ApiError('not_found', 'The topic is not on the agenda');
      if (conversation.value.status === 'cancelled') throw new ApiError('invalid_state');
      const note = writeSharedNote({
        conversationId: conversation.value.id,
        topicId: id,
        text: request.body.text,
        by: personId(caller.userId),
        at: ctx.now(),
      });
      return versioned(reply, await notes.writeWhole(`${conversation.key}:${id}`, ifMatchOf(request), note));
    },
  );

  api.get(
    '/private-note',
    {
      schema: {
        ...schema(),
        summary: 'My private note (from my own OneDrive app folder)',
        response: { 200: privateNoteSchema.nullable(), ...errorResponses },
      },
    },
    async ({ caller, conversation }, reply) => {
      const note = await ctx.privateNotes.read(caller, conversation.key);
      if (note) reply.header('etag', note.etag);
      return note ? { etag: note.etag, text: note.text } : null;
    },
  );

  api.put(
    '/private-note',
    {
      schema: {
        ...schema(),
        headers: ifMatchHeader,
        body: textBody,
        response: { 200: privateNoteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const note = await ctx.privateNotes.write(
        request.caller,
        request.conversation.key,
        request.body.text,
        ifMatchOf(request),
      );
      reply.header('etag', note.etag);
      return { etag: note.etag, text: note.text };
    },
  );
}
