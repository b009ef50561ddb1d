import {
  amendConclusion,
  conversationId as toConversationId,
  createConclusion,
  isDomainError,
  isGoalAgreed,
  personId,
  setConclusionGoals,
  setFollowUpDate,
  setPersonnelFileConsent,
  signConclusion,
  signedVersion,
  topicId,
  writeSummary,
  type Conclusion,
  type DevelopmentGoal,
  type LocalizedText,
} from '../../../src/domain';
import { domainProblem, toProblem, type ProblemCode } from '../../../src/service/http/problem';
import type {
  ConclusionApiPort,
  VersionedConclusion,
} from '../../../src/application/ports/ConclusionApiPort';
import type { MusApiResult } from '../../../src/application/ports/MusApiPort';

const refused = (code: ProblemCode): MusApiResult<never> => {
  const { status, messages } = toProblem(code);
  return { ok: false, reason: 'refused', status, problem: { code, messages } };
};

/** The setting of one conversation's conclusion: its parties, the agreed agenda's topics and the goals. */
export interface ConclusionWorld {
  readonly conversationId: string;
  readonly leader: { readonly id: string; readonly name: string };
  readonly employee: { readonly id: string; readonly name: string };
  readonly topics: readonly { readonly id: string; readonly title: LocalizedText }[];
  readonly goals: DevelopmentGoal[];
  /** Whether the meeting has started (the conclusion is written at or after it); default true. */
  readonly started?: boolean;
}

/**
 * The conclusion routes of the MUS service in memory, on the domain's rules (signatures with names, lock,
 * amendment, filing by the employee only), with eTags and If-Match like the real one. `api(id)` is what one
 * person's MUS API answers; `pdfs` counts the PDFs asked for.
 */
export function inMemoryConclusion(world: ConclusionWorld, now = () => new Date()) {
  let stored: { etag: string; value: Conclusion } | undefined;
  let version = 0;
  const pdfs: string[] = [];
  const keep = (value: Conclusion): MusApiResult<VersionedConclusion> => {
    stored = { etag: `"c${++version}"`, value };
    return { ok: true, value: stored as VersionedConclusion };
  };
  const partyOf = (caller: string) =>
    caller === world.leader.id ? 'leader' : caller === world.employee.id ? 'employee' : undefined;
  const change = async (caller: string, etag: string | undefined, apply: (c: Conclusion) => Conclusion) => {
    if (!partyOf(caller)) return refused('not_found');
    if (world.started === false) return refused('meeting_not_started');
    if (stored ? etag !== stored.etag : etag !== undefined) return refused('stale_record');
    try {
      const base =
        stored?.value ??
        createConclusion({
          conversationId: toConversationId(world.conversationId),
          leaderId: personId(world.leader.id),
          employeeId: personId(world.employee.id),
          topics: world.topics.map((t) => ({ id: topicId(t.id), title: t.title })),
          at: now(),
        });
      return keep(apply(base));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const { code, messages, status } = domainProblem(error);
      return { ok: false as const, reason: 'refused' as const, status, problem: { code, messages } };
    }
  };
  const nameOf = (caller: string) => (caller === world.leader.id ? world.leader.name : world.employee.name);

  const api = (caller: string): ConclusionApiPort => ({
    conclusion: async () =>
      stored && partyOf(caller) ? { ok: true, value: stored as VersionedConclusion } : refused('not_found'),
    writeConclusion: (_token, _id, etag, body) =>
      change(caller, etag, (c) => {
        const written = Object.entries(body.summaries ?? {}).reduce(
          (acc, [id, text]) => writeSummary(acc, topicId(id), text, now()),
          c,
        );
        const dated =
          body.followUpDate === undefined ? written : setFollowUpDate(written, body.followUpDate, now());
        return body.snapshotGoals
          ? setConclusionGoals(dated, world.goals.filter(isGoalAgreed), now())
          : dated;
      }),
    signConclusion: (_token, _id, etag) =>
      change(caller, etag, (c) =>
        signConclusion(c, partyOf(caller) ?? 'leader', personId(caller), now(), nameOf(caller)),
      ),
    amendConclusion: (_token, _id, etag, reason) =>
      change(caller, etag, (c) => amendConclusion(c, reason, now())),
    fileConclusion: (_token, _id, etag, consent) =>
      change(caller, etag, (c) => setPersonnelFileConsent(c, partyOf(caller) ?? 'leader', consent)),
    conclusionPdf: async (_token, _id, language) => {
      if (!stored || !partyOf(caller) || !signedVersion(stored.value)) return refused('not_found');
      pdfs.push(`${caller}:${language}`);
      return { ok: true, value: new Blob(['%PDF-1.7'], { type: 'application/pdf' }) };
    },
  });
  return { api, pdfs, stored: () => stored?.value };
}
