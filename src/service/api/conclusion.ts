import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreedTopics,
  amendConclusion,
  CalendarDateSchema,
  createConclusion,
  isConclusionLocked,
  isGoalAgreed,
  personId,
  requireConclusionAllowed,
  setConclusionGoals,
  setFollowUpDate,
  setPersonnelFileConsent,
  signConclusion,
  signedVersion,
  topicId,
  writeSummary,
  type Conclusion,
} from '../../domain';
import { ApiError } from '../http/problem';
import { keptConclusionPdf } from '../pdf/keeper';
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
  const pdfDeps = { files: ctx.conclusionFiles, records: ctx.records };
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
    /** Copy the conversation's goals both parties agreed into the form as they stand (a snapshot). */
    snapshotGoals: z.boolean().default(false),
    /** The date of the follow-up (`null` clears it; absent leaves it). */
    followUpDate: CalendarDateSchema.nullable().optional(),
  });
  const summary = 'Write summaries per agreed topic (unsigned versions only; a change clears signatures)';
  api.put('/conclusion', { schema: { ...write(summary), body: writeBody } }, async (request, reply) => {
    const c = request.conversation.value;
    requireConclusionAllowed(c, ctx.now());
    const { summaries, snapshotGoals, followUpDate } = request.body;
    const now = ctx.now();
    const goalsNow = snapshotGoals
      ? (await ctx.records.goals.find('conversationId', request.conversation.key))
          .map((g) => g.value)
          .filter(isGoalAgreed)
      : [];
    const saved = await conclusions.write(request.conversation.key, ifMatchOf(request), (current) => {
      if (current) ctx.policy.requireConclusionEditable(current);
      const topics = agreedTopics(c.agenda);
      const base = current ?? createConclusion({ ...c, conversationId: c.id, topics, at: now });
      const written = withSummaries(base, summaries, now);
      const dated = followUpDate === undefined ? written : setFollowUpDate(written, followUpDate, now);
      return snapshotGoals ? setConclusionGoals(dated, goalsNow, now) : dated;
    });
    return versioned(reply, saved);
  });

  api.post(
    '/conclusion/sign',
    { schema: write('Sign the current version (If-Match names what you read)') },
    async (request, reply) => {
      const { access, caller } = request;
      const next = await update(request, (c) =>
        signConclusion(c, access.party, personId(caller.userId), ctx.now(), caller.name),
      );
      const signed = signedVersion(next.value);
      // The second signature locks the version: its PDF is made and kept in SharePoint now. Should that
      // fail, the signatures stand and the first download makes it (`keptConclusionPdf` writes it once).
      if (signed && isConclusionLocked(next.value)) {
        await keptConclusionPdf(pdfDeps, request.conversation.value, next.value, signed, 'da').catch(
          (error: unknown) => request.log.warn({ err: error }, 'keeping the conclusion PDF failed'),
        );
      }
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

const pdfQuery = z.object({
  /** The form's language: Danish (default) or English. */
  lang: z.enum(['da', 'en']).default('da'),
});
const pdfSchema = (tag: string, summary: string) => ({
  ...route(tag, summary, conversationParams, z.string().describe('application/pdf')),
  querystring: pdfQuery,
});

/** Sends a PDF as a download. */
function sendPdf(reply: FastifyReply, bytes: Buffer, version: number, language: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="MUS-konklusion-v${version}-${language}.pdf"`)
    .send(bytes);
}

/** The printable PDF of the version both signed, for the two parties (others: the scope's 404). */
export function conclusionPdfRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const deps = { files: ctx.conclusionFiles, records: ctx.records };
  const summary = 'The PDF of the version both signed (kept in SharePoint), Danish or English';
  api.get('/conclusion/pdf', { schema: pdfSchema('conclusion', summary) }, async (request, reply) => {
    const { conversation, query } = request;
    const conclusion = await ctx.records.conclusions.get(conversation.key);
    const signed = conclusion && signedVersion(conclusion.value);
    if (!conclusion || !signed) throw new ApiError('not_found', 'No version is signed by both yet');
    const bytes = await keptConclusionPdf(deps, conversation.value, conclusion.value, signed, query.lang);
    return sendPdf(reply, bytes, signed.version, query.lang);
  });
}

/** HR (the scope checked it): the PDF of a conclusion the employee consented to file, audited like the record. */
export function conclusionHrPdfRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const deps = { files: ctx.conclusionFiles, records: ctx.records };
  const summary = 'The PDF of a conclusion filed to the personnel record (audited); else 404';
  const path = '/conversations/:conversationId/conclusion/pdf';
  api.get(path, { schema: pdfSchema('hr', summary) }, async (request, reply) => {
    // No conversation, no conclusion, no consent, nothing signed: one and the same 404.
    const conversation = await ctx.records.conversations.get(request.params.conversationId);
    const conclusion = conversation && (await ctx.records.conclusions.get(conversation.key));
    if (!conversation || !conclusion) throw new ApiError('not_found');
    await ctx.policy.hrReadsConclusion(request.caller, conversation.value, conclusion.value);
    const signed = signedVersion(conclusion.value);
    if (!signed) throw new ApiError('not_found');
    const bytes = await keptConclusionPdf(
      deps,
      conversation.value,
      conclusion.value,
      signed,
      request.query.lang,
    );
    return sendPdf(reply, bytes, signed.version, request.query.lang);
  });
}
