import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allowedEvents,
  applyConversationEvent,
  createPreparation,
  personId,
  submitPreparation,
  topicId,
  writePreparation,
  type Party,
  type Preparation,
} from '../../domain';
import { StaleRecordError } from '../records/recordStore';
import { ApiError } from '../http/problem';
import { ifMatchOf, versioned, type ApiContext } from './context';
import { change, conversationParams, input, records, route, versionedSchema } from './schemas';

const preparationView = z.object({
  mine: versionedSchema(records.preparation).nullable(),
  other: z.object({
    submitted: z.boolean(),
    /** The other side's answers by topic; null while hidden by the rules. */
    answers: z.record(z.string(), z.string()).nullable(),
  }),
});

const preparationBody = z.object({
  /** Text per agenda topic; topics not named keep what they had. */
  answers: z
    .record(input.id, input.longText)
    .refine((a) => Object.keys(a).length <= input.limits.topics, 'Too many topics'),
  submit: z.boolean().default(false),
});

const other = (party: Party): Party => (party === 'leader' ? 'employee' : 'leader');
const keyOf = (conversationKey: string, side: Party) => `${conversationKey}:${side}`;

/**
 * Records a submitted preparation in the conversation's state machine (the domain's `submitPreparation`:
 * agendaAgreed → prepared once both sides did), when the conversation is in a state that takes it. A
 * preparation submitted before the agenda was agreed is recorded when it is (see the agenda route).
 */
export async function markPrepared(ctx: ApiContext, key: string, side: Party): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const c = await ctx.records.conversations.require(key);
    if (!allowedEvents(c.value).includes('submitPreparation') || c.value.preparedAt[side] !== null) return;
    try {
      await ctx.records.conversations.updateFrom(c, c.etag, (v) => ({
        ...v,
        ...applyConversationEvent(v, { type: 'submitPreparation', side }, ctx.now()),
      }));
      return;
    } catch (error) {
      if (!(error instanceof StaleRecordError)) throw error;
    }
  }
}

/** The answers as the form shows them: text per topic. */
const answersByTopic = (p: Preparation) => Object.fromEntries(p.answers.map((a) => [a.topicId, a.text]));

/** Each side's preparation (the domain's `Preparation`); the other side's stays hidden by the domain's rule. */
export function preparationRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { preparations } = ctx.records;

  const read = route(
    'preparation',
    'My preparation, and the other side’s once the rules show it',
    conversationParams,
    preparationView,
  );
  api.get('/preparation', { schema: read }, async ({ conversation, access, caller }) => {
    const [ours, theirs] = await Promise.all([
      preparations.get(keyOf(conversation.key, access.party)),
      preparations.get(keyOf(conversation.key, other(access.party))),
    ]);
    const visible = ctx.policy.otherPreparationVisible(
      conversation.value,
      access.party,
      ours?.value,
      theirs?.value,
    );
    // A consented (read-only) leader never sees another leader's preparation as their own.
    const mine = access.readOnly && ours?.value.authorId !== caller.userId ? undefined : ours;
    return {
      mine: mine ? { etag: mine.etag, value: mine.value } : null,
      other: {
        submitted: (theirs?.value.submittedAt ?? null) !== null,
        answers: visible && theirs ? answersByTopic(theirs.value) : null,
      },
    };
  });

  const summary = 'Write (and optionally submit) my preparation; the first write needs no If-Match';
  const write = {
    ...change('preparation', summary, conversationParams, versionedSchema(records.preparation)),
    body: preparationBody,
  };
  api.put('/preparation', { schema: write }, async (request, reply) => {
    const { conversation, access, caller } = request;
    const c = conversation.value;
    if (['concluded', 'followedUp', 'cancelled'].includes(c.status)) throw new ApiError('invalid_state');
    const onAgenda = new Set(c.agenda.items.map((i) => i.topic.id as string));
    const unknown = Object.keys(request.body.answers).filter((id) => !onAgenda.has(id));
    if (unknown.length > 0)
      throw new ApiError('validation_failed', `Not on the agenda: ${unknown.join(', ')}`);
    const key = keyOf(conversation.key, access.party);
    const [ours, theirs] = await Promise.all([
      preparations.get(key),
      preparations.get(keyOf(conversation.key, other(access.party))),
    ]);
    // Once this side could see the other's preparation, its own is frozen.
    if (ctx.policy.otherPreparationVisible(c, access.party, ours?.value, theirs?.value))
      throw new ApiError('preparation_frozen');
    const author = personId(caller.userId);
    const now = ctx.now();
    const saved = await preparations.write(key, ifMatchOf(request), (current) => {
      let p =
        current ?? createPreparation({ conversationId: c.id, side: access.party, authorId: author, at: now });
      for (const [id, text] of Object.entries(request.body.answers))
        p = writePreparation(p, author, topicId(id), text, now);
      return request.body.submit ? submitPreparation(p, author, now) : p;
    });
    if (saved.value.submittedAt) await markPrepared(ctx, conversation.key, access.party);
    return versioned(reply, saved);
  });
}
