import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { personId, topicId, writeSharedNote } from '../../domain';
import { ApiError } from '../http/problem';
import { ifMatchOf, values, versioned, type ApiContext } from './context';
import { change, conversationParams, input, records, route, versionedSchema } from './schemas';

const one = versionedSchema(records.note);
const privateNoteSchema = z.object({ etag: z.string(), text: z.string() });
const PRIVATE_READ = 'My private note (from my own OneDrive app folder)';
const SHARED_WRITE = 'Write the shared note of one topic (the first write needs no If-Match)';
const PRIVATE_WRITE = 'Write my private note (to my own OneDrive app folder)';
const textBody = z.object({ text: input.longText });

/**
 * Shared notes are the domain's `SharedNote`, one record per topic, so two people typing into different topics
 * never touch the same record, and a stale write to the same topic is a 412 carrying the current text to merge
 * with. Private notes go to the author's OneDrive app folder (on-behalf-of) and never to the MUS site.
 */
export function noteRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { notes } = ctx.records;

  const list = route('notes', 'The shared notes, one per topic', conversationParams, z.array(one));
  api.get('/notes', { schema: list }, async (request) => {
    const found = await notes.find('conversationId', request.conversation.key);
    return values(found);
  });

  const topicParams = conversationParams.extend({ topicId: input.id });
  const write = change('notes', SHARED_WRITE, topicParams, one);
  api.put('/notes/:topicId', { schema: { ...write, body: textBody } }, async (request, reply) => {
    const { caller } = request;
    const id = topicId(request.params.topicId);
    const onAgenda = (c: typeof request.conversation) => c.value.agenda.items.some((i) => i.topic.id === id);
    // A topic added through another instance may not be on this instance's copy yet: ask before refusing.
    const conversation = onAgenda(request.conversation)
      ? request.conversation
      : await ctx.records.conversations.require(request.conversation.key);
    if (!onAgenda(conversation)) throw new ApiError('not_found', 'The topic is not on the agenda');
    if (conversation.value.status === 'cancelled') throw new ApiError('invalid_state');
    const by = personId(caller.userId);
    const note = writeSharedNote({
      conversationId: conversation.value.id,
      topicId: id,
      text: request.body.text,
      by,
      at: ctx.now(),
    });
    return versioned(reply, await notes.writeWhole(`${conversation.key}:${id}`, ifMatchOf(request), note));
  });

  const readPrivate = route('notes', PRIVATE_READ, conversationParams, privateNoteSchema.nullable());
  api.get('/private-note', { schema: readPrivate }, async ({ caller, conversation }, reply) => {
    const note = await ctx.privateNotes.read(caller, conversation.key);
    if (note) reply.header('etag', note.etag);
    return note ? { etag: note.etag, text: note.text } : null;
  });

  const writePrivate = change('notes', PRIVATE_WRITE, conversationParams, privateNoteSchema);
  api.put('/private-note', { schema: { ...writePrivate, body: textBody } }, async (request, reply) => {
    const { caller, conversation, body } = request;
    const note = await ctx.privateNotes.write(caller, conversation.key, body.text, ifMatchOf(request));
    reply.header('etag', note.etag);
    return { etag: note.etag, text: note.text };
  });

  // One private note per agenda topic, each its own file in the author's OneDrive app folder.
  const privateKey = (conversationKey: string, topic: string) => `${conversationKey}.${topic}`;
  const topicPrivate = route(
    'notes',
    `${PRIVATE_READ} for one topic`,
    topicParams,
    privateNoteSchema.nullable(),
  );
  api.get('/private-notes/:topicId', { schema: topicPrivate }, async (request, reply) => {
    const { caller, conversation, params } = request;
    const note = await ctx.privateNotes.read(caller, privateKey(conversation.key, params.topicId));
    if (note) reply.header('etag', note.etag);
    return note ? { etag: note.etag, text: note.text } : null;
  });
  const writeTopicPrivate = change('notes', `${PRIVATE_WRITE} for one topic`, topicParams, privateNoteSchema);
  api.put(
    '/private-notes/:topicId',
    { schema: { ...writeTopicPrivate, body: textBody } },
    async (request, reply) => {
      const { caller, conversation, params, body } = request;
      const key = privateKey(conversation.key, params.topicId);
      const note = await ctx.privateNotes.write(caller, key, body.text, ifMatchOf(request));
      reply.header('etag', note.etag);
      return { etag: note.etag, text: note.text };
    },
  );
}
