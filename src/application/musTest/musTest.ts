// The statements only, not the domain's index: its schemas would pull more of zod into the pages' first load.
import { musTestScale, musTestSections } from '../../domain/content/musTestStatements';
import type { MusTestAnswer } from '../../domain/musTest';
import type { MusTestResult, VersionedRound } from '../ports/MusApiPort';
import { failed, succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** MUS-testen (seed 001) as the leader answers it: three sections of statements, five answers each. */
export const musTestForm = { sections: musTestSections, scale: musTestScale } as const;
export type { MusTestAnswer };

/** What the leader sees: the round to answer for (if any) and the results so far, newest first. */
export interface MusTestOverview {
  /** The newest round without an answer yet; undefined when every round has one, or there are none. */
  readonly round: VersionedRound | undefined;
  readonly results: readonly MusTestResult[];
}

/** The leader's rounds and MUS-testen results, and which round a new answer belongs to. */
export async function loadMusTest(ports: MusPorts): Promise<Outcome<MusTestOverview>> {
  const [rounds, results] = await Promise.all([
    authorized(ports, ports.musApi).rounds(),
    authorized(ports, ports.musApi).musTests(),
  ]);
  if (!rounds.ok) return rounds;
  if (!results.ok) return results;
  const answered = new Set(results.value.map((r) => r.value.roundId));
  const open = [...rounds.value]
    .filter((r) => !answered.has(r.value.id))
    .sort((a, b) => b.value.year - a.value.year || b.value.createdAt.localeCompare(a.value.createdAt));
  return succeeded({ round: open[0], results: results.value });
}

/** The statements not answered yet (ids), in the form's order. Pure. */
export function unanswered(answers: Readonly<Record<string, MusTestAnswer>>): string[] {
  return musTestSections.flatMap((s) => s.statements.map((st) => st.id)).filter((id) => !answers[id]);
}

/** Hands in a complete sheet for the round; the answer carries the score. Refuses an incomplete sheet. */
export async function answerMusTest(
  ports: MusPorts,
  roundId: string,
  answers: Readonly<Record<string, MusTestAnswer>>,
): Promise<Outcome<MusTestResult>> {
  if (unanswered(answers).length > 0) return failed({ reason: 'refused' });
  return authorized(ports, ports.musApi).answerMusTest(roundId, { ...answers });
}
