import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreedTopics,
  amendConclusion,
  createConclusion,
  personId,
  requireConclusionAllowed,
  setConclusionGoals,
  setPersonnelFileConsent,
  signConclusion,
  topicId,
  writeSummary,
  type Conclusion,
  type Conversation,
} from '../../domain';
import { RECORDS } from '../records/kinds';
import { ifMatch, ifMatchOf, versioned, type ApiContext } from './context';
import {
  conversationParams,
  errorResponses,
  idSchema,
  ifMatchHeader,
  longTextSchema,
  secured,
  shortTextSchema,
  versionedSchema,
} from './schemas';

const one = versionedSchema(RECORDS.conclusion.schema);
const summariesBody = z.record(idSchema, longTextSchema);

/** Writes each summary with the domain's rule (an unknown topic is refused; a change drops signatures). */
function withSummaries(c: Conclusion, summaries: Record<string, string>, at: Date): Conclusion {
  return Object.entries(summaries).reduce(
    (acc, [id, summary]) => writeSummary(acc, topicId(id), summary, at),
    c,
  );
}

/**
 * The joint conclusion (the domain's `Conclusion`): a summary per agreed topic, written by both, signed by
 * both, then locked. A change after that is an amendment: a new version that both must sign again; every
 * version is kept in `versions`. The employee decides whether it is filed to the personnel record.
 */
export function conclusionRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { conclusions } = ctx.records;
  const schema = (summary: string) => ({
    ...secured(['conclusion']),
    summary,
    params: conversationParams,
    response: { 200: one, ...errorResponses },
  });

  /** The conclusion is written, signed and amended at or after the meeting (the domain's rule). */
  const atOrAfterMeeting = (conversation: Conversation) => requireConclusionAllowed(conversation, ctx.now());

  /** A change of the stored conclusion, based on the version the request names. */
  const change = (
    request: Parameters<typeof ifMatch>[0],
    key: string,
    apply: (c: Conclusion) => Conclusion,
  ) => conclusions.update(key, ifMatch(request), apply);

  api.get('/conclusion', { schema: schema('The conclusion (parties)') }, async ({ conversation }, reply) =>
    versioned(reply, await conclusions.require(conversation.key)),
  );

  api.put(
    '/conclusion',
    {
      schema: {
        ...schema('Write summaries per agreed topic (unsigned versions only; a change clears signatures)'),
        headers: ifMatchHeader,
        body: z.object({
          summaries: summariesBody.default({}),
          /** Copy the conversation's development goals into the form as they stand (a snapshot). */
          snapshotGoals: z.boolean().default(false),
        }),
      },
    },
    async (request, reply) => {
      const c = request.conversation.value;
      atOrAfterMeeting(c);
      const { summaries, snapshotGoals } = request.body;
      const now = ctx.now();
      const goalsNow = snapshotGoals
        ? (await ctx.records.goals.find('conversationId', request.conversation.key)).map((g) => g.value)
        : [];
      const saved = await conclusions.write(request.conversation.key, ifMatchOf(request), (current) => {
        if (current) ctx.policy.requireConclusionEditable(current);
        const base =
          current ??
          createConclusion({
            conversationId: c.id,
            leaderId: c.leaderId,
            employeeId: c.employeeId,
            topics: agreedTopics(c.agenda),
            at: now,
          });
        const written = withSummaries(base, summaries, now);
        return snapshotGoals ? setConclusionGoals(written, goalsNow, now) : written;
      });
      return versioned(reply, saved);
    },
  );

  api.post(
    '/conclusion/sign',
    {
      schema: {
        ...schema('Sign the current version (the If-Match names what you read)'),
        headers: ifMatchHeader,
      },
    },
    async (request, reply) => {
      const { conversation, access, caller } = request;
      atOrAfterMeeting(conversation.value);
      const next = await change(request, conversation.key, (c) =>
        signConclusion(c, access.party, personId(caller.userId), ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  api.post(
    '/conclusion/amend',
    {
      schema: {
        ...schema('Amend a locked conclusion: a new version that both must sign'),
        headers: ifMatchHeader,
        body: z.object({ reason: shortTextSchema.default(''), summaries: summariesBody.default({}) }),
      },
    },
    async (request, reply) => {
      const { reason, summaries } = request.body;
      atOrAfterMeeting(request.conversation.value);
      const next = await change(request, request.conversation.key, (c) =>
        withSummaries(amendConclusion(c, reason, ctx.now()), summaries, ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  api.put(
    '/conclusion/consent',
    {
      schema: {
        ...schema('The employee consents (or not) to filing the conclusion to the personnel record'),
        headers: ifMatchHeader,
        body: z.object({ consentToPersonnelFile: z.boolean() }),
      },
    },
    async (request, reply) => {
      const next = await change(request, request.conversation.key, (c) =>
        setPersonnelFileConsent(c, request.access.party, request.body.consentToPersonnelFile),
      );
      return versioned(reply, next);
    },
  );
}
