import {
  conversationId as toConversationId,
  createGoal,
  evaluateConversation,
  goalId,
  personId,
  recordFollowUp,
  roundId as toRoundId,
  type DevelopmentGoal,
  type Party,
} from '../../../src/domain';
import type {
  MusApiPort,
  MusApiResult,
  MusTestResult,
  SinceLast,
  VersionedConversation,
  VersionedEvaluation,
  VersionedRound,
} from '../../../src/application/ports/MusApiPort';
import { musTestAnswers, musTestAnswersBody, musTestScore } from '../../../src/service/api/musTestScoring';

type FeedbackMethods = Pick<
  MusApiPort,
  | 'musTests'
  | 'answerMusTest'
  | 'evaluation'
  | 'evaluate'
  | 'goals'
  | 'followUpGoal'
  | 'sinceLast'
  | 'handOver'
>;
type Guard = <T>(method: keyof MusApiPort, run: () => MusApiResult<T>) => Promise<MusApiResult<T>>;

/**
 * What follows the talk, in memory: MUS-testen scored by the service's own scoring (`musTestScoring.ts`),
 * evaluations (open once the meeting has started or the conversation is held; one per party) and goals with
 * follow-ups on the domain's rules. Part of `inMemoryMusService`.
 */
export function inMemoryFeedback(state: {
  readonly rounds: ReadonlyMap<string, VersionedRound>;
  readonly conversations: Map<string, VersionedConversation>;
  readonly tag: () => string;
  readonly now: () => Date;
  readonly refused: (status: number, code: string, da: string, en?: string) => MusApiResult<never>;
}) {
  const musTests = new Map<string, MusTestResult>();
  const evaluations = new Map<string, VersionedEvaluation>();
  const goals = new Map<string, { etag: string; value: DevelopmentGoal }>();
  const ok = <T>(value: T): MusApiResult<T> => ({ ok: true, value });
  const notFound = () => state.refused(404, 'not_found', 'Findes ikke', 'Not found');

  const due = (c: VersionedConversation['value']) =>
    ['held', 'concluded', 'followedUp'].includes(c.status) ||
    (c.status !== 'cancelled' && c.slot !== null && Date.parse(c.slot.start) <= state.now().getTime());

  return {
    musTests,
    evaluations,
    /** A goal agreed in the conversation (as the conversation would have made it). */
    addGoal(conversationId: string, goal: string, deadline: string, activities: string[] = []) {
      const c = state.conversations.get(conversationId);
      if (!c) throw new Error(`no conversation ${conversationId}`);
      const id = goalId(`g${goals.size + 1}`);
      const value = createGoal({
        id,
        conversationId: toConversationId(conversationId),
        employeeId: personId(c.value.employeeId),
        goal,
        activities,
        deadline,
        responsible: 'both',
        at: state.now(),
      });
      goals.set(id, { etag: state.tag(), value });
      return id;
    },
    api: (caller: string, guard: Guard): FeedbackMethods => {
      const partyIn = (id: string): { c: VersionedConversation; party: Party } | undefined => {
        const c = state.conversations.get(id);
        if (!c) return undefined;
        if (c.value.leaderId === caller) return { c, party: 'leader' };
        return c.value.employeeId === caller ? { c, party: 'employee' } : undefined;
      };
      return {
        musTests: () =>
          guard('musTests', () =>
            ok(
              [...musTests.values()]
                .filter((m) => m.value.leaderId === caller)
                .sort((a, b) => b.value.year - a.value.year),
            ),
          ),
        answerMusTest: (_token, roundId, answers) =>
          guard('answerMusTest', () => {
            const round = state.rounds.get(roundId);
            if (!round || round.value.leaderId !== caller) return notFound();
            const sheet = musTestAnswers(musTestAnswersBody.parse(answers));
            const score = musTestScore(sheet);
            const value = {
              schemaVersion: 1 as const,
              roundId,
              leaderId: caller,
              year: round.value.year,
              answers: sheet,
              submittedAt: state.now().toISOString(),
            };
            const result: MusTestResult = { etag: state.tag(), value, score };
            musTests.set(`${roundId}:${caller}`, result);
            return ok(result);
          }),
        evaluation: (_token, id) =>
          guard('evaluation', () => {
            const found = partyIn(id);
            if (!found) return notFound();
            return ok({ due: due(found.c.value), mine: evaluations.get(`${id}:${found.party}`) ?? null });
          }),
        evaluate: (_token, id, body) =>
          guard('evaluate', () => {
            const found = partyIn(id);
            if (!found) return notFound();
            const key = `${id}:${found.party}`;
            if (!due(found.c.value))
              return state.refused(409, 'evaluation_not_open', 'Samtalen er ikke begyndt endnu.');
            if (evaluations.has(key)) return state.refused(428, 'version_required', 'Allerede evalueret');
            const value = evaluateConversation({
              roundId: toRoundId(found.c.value.roundId),
              conversationId: toConversationId(id),
              party: found.party,
              rating: body.rating,
              comment: body.comment ?? '',
              at: state.now(),
            });
            const saved = { etag: state.tag(), value };
            evaluations.set(key, saved);
            return ok(saved);
          }),
        goals: (_token, id) =>
          guard('goals', () =>
            partyIn(id) ? ok([...goals.values()].filter((g) => g.value.conversationId === id)) : notFound(),
          ),
        handOver: (_token, id, etag, leaderId) =>
          guard('handOver', () => {
            const found = partyIn(id);
            if (!found) return notFound();
            if (found.party !== 'employee') return state.refused(403, 'forbidden', 'Kun medarbejderen');
            if (found.c.etag !== etag) return state.refused(412, 'stale_record', 'Samtalen er ændret.');
            const value = { ...found.c.value, leaderId: personId(leaderId) };
            const saved = { etag: state.tag(), value };
            state.conversations.set(id, saved);
            return ok(saved);
          }),
        sinceLast: (_token, id) =>
          guard('sinceLast', (): MusApiResult<SinceLast> => {
            const found = partyIn(id);
            if (!found) return notFound();
            const previous = [...state.conversations.values()]
              .filter((c) => c.value.employeeId === found.c.value.employeeId && c.value.id !== id)
              .filter((c) => c.value.createdAt < found.c.value.createdAt && partyIn(c.value.id))
              .filter((c) => [...goals.values()].some((g) => g.value.conversationId === c.value.id))
              .sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt))[0];
            if (!previous) return ok({ conversationId: null, at: null, goals: [] });
            const its = [...goals.values()].filter((g) => g.value.conversationId === previous.value.id);
            return ok({ conversationId: previous.value.id, at: previous.value.heldAt, goals: its });
          }),
        followUpGoal: (_token, id, goal, etag, body) =>
          guard('followUpGoal', () => {
            const current = goals.get(goal);
            if (!partyIn(id) || !current || current.value.conversationId !== id) return notFound();
            if (current.etag !== etag) return state.refused(412, 'stale_record', 'Målet er ændret.');
            const value = recordFollowUp(
              current.value,
              { by: personId(caller), note: body.note ?? '', status: body.status },
              state.now(),
            );
            const saved = { etag: state.tag(), value };
            goals.set(goal, saved);
            return ok(saved);
          }),
      };
    },
  };
}
