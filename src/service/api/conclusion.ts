import type { FastifyInstance, FastifyRequest } from 'fastify';
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
} from '../../domain';
import { ifMatch, ifMatchOf, versioned, type ApiContext } from './context';
import { change, conversationParams, input, records, route, versionedSchema } from './schemas';

const one = versionedSchema(records.conclusion);
const summariesBody = z.record(input.id, input.longText);

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
  const read = (summary: string) => route('conclusion', summary, conversationParams, one);
  const write = (summary: string) => change('conclusion', summary, conversationParams, one);
  /**
   * A change of the stored conclusion, based on the version the request names; a conclusion is written,
   * signed and amended only at or after the meeting (the domain's `requireConclusionAllowed`).
   */
  const update = (request: FastifyRequest, apply: (c: Conclusion) => Conclusion) => {
    requireConclusionAllowed(request.conversation.value, ctx.now());
    return conclusions.update(request.conversation.key, ifMatch(request), apply);
  };

  api.get('/conclusion', { schema: read('The conclusion (parties)') }, async ({ conversation }, reply) =>
    versioned(reply, await conclusions.require(conversation.key)),
  );

  const writeBody = z.object({
    summaries: summariesBody.default({}),
    /** Copy the conversation's development goals into the form as they stand (a snapshot). */
    snapshotGoals: z.boolean().default(false),
  });
  const summary = 'Write summaries per agreed topic (unsigned versions only; a change clears signatures)';
  api.put('/conclusion', { schema: { ...write(summary), body: writeBody } }, async (request, reply) => {
    const c = request.conversation.value;
    requireConclusionAllowed(c, ctx.now());
    const { summaries, snapshotGoals } = request.body;
    const now = ctx.now();
    const goalsNow = snapshotGoals
      ? (await ctx.records.goals.find('conversationId', request.conversation.key)).map((g) => g.value)
      : [];
    const saved = await conclusions.write(request.conversation.key, ifMatchOf(request), (current) => {
      if (current) ctx.policy.requireConclusionEditable(current);
      const topics = agreedTopics(c.agenda);
      const base = current ?? createConclusion({ ...c, conversationId: c.id, topics, at: now });
      const written = withSummaries(base, summaries, now);
      return snapshotGoals ? setConclusionGoals(written, goalsNow, now) : written;
    });
    return versioned(reply, saved);
  });

  api.post(
    '/conclusion/sign',
    { schema: write('Sign the current version (If-Match names what you read)') },
    async (request, reply) => {
      const { access, caller } = request;
      const next = await update(request, (c) =>
        signConclusion(c, access.party, personId(caller.userId), ctx.now()),
      );
      return versioned(reply, next);
    },
  );

  const amendBody = z.object({ reason: input.shortText.default(''), summaries: summariesBody.default({}) });
  const amend = 'Amend a locked conclusion: a new version that both must sign';
  api.post('/conclusion/amend', { schema: { ...write(amend), body: amendBody } }, async (request, reply) => {
    const { reason, summaries } = request.body;
    const next = await update(request, (c) =>
      withSummaries(amendConclusion(c, reason, ctx.now()), summaries, ctx.now()),
    );
    return versioned(reply, next);
  });

  const consentBody = z.object({ consentToPersonnelFile: z.boolean() });
  const consent = 'The employee consents (or not) to filing the conclusion to the personnel record';
  api.put(
    '/conclusion/consent',
    { schema: { ...write(consent), body: consentBody } },
    async (request, reply) => {
      const { consentToPersonnelFile } = request.body;
      const next = await update(request, (c) =>
        setPersonnelFileConsent(c, request.access.party, consentToPersonnelFile),
      );
      return versioned(reply, next);
    },
  );
}
