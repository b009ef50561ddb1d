import type { HrAggregate, HrFile, HrOverviewRow } from '../ports/HrApiPort';
import type { MusApiResult } from '../ports/MusApiPort';
import { failed, failureOf, succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';

export type { HrFile };
/** The files HR can download, in the order offered. */
export const HR_FILES: readonly HrFile[] = ['csv', 'xlsx', 'pdf'];

/** An aggregate figure, or not shown: the group is under 5 people (the service refuses to show it). */
export type Figure = { readonly shown: true; readonly value: HrAggregate } | { readonly shown: false };

/** A leader (the unit HR drills down to, never further): their rounds and the sum of their counts. */
export interface HrLeader {
  readonly leaderId: string;
  readonly leaderName: string;
  /** The leader's unit (their department in the directory), or null when it has none. */
  readonly unit: string | null;
  readonly total: Counts;
  readonly rounds: readonly HrOverviewRow[];
}

/** The counts HR follows, per round or summed per leader. */
export const COUNTS = [
  'conversations',
  'notBooked',
  'booked',
  'held',
  'signed',
  'withPlan',
  'overdue',
] as const;
export type Counts = Readonly<Record<(typeof COUNTS)[number], number>>;

/** HR's overview: rounds per leader and the aggregates of 5 or more (DESIGN.md section 6). */
export interface HrOverview {
  readonly leaders: readonly HrLeader[];
  readonly musTest: Figure;
  readonly leaderEvaluations: Figure;
}

/**
 * A figure from an aggregate answer: a refusal with `group_too_small` means the group is under 5 people, or
 * too close to a figure already shown; any other refusal (e.g. `forbidden`) is a failure to explain.
 */
function figureOf(result: MusApiResult<HrAggregate>): Outcome<Figure> {
  if (result.ok) return succeeded({ shown: true, value: result.value });
  if (result.problem?.code === 'group_too_small') return succeeded({ shown: false });
  return failed(failureOf(result));
}

const sum = (rows: readonly Counts[]): Counts =>
  Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Counts;

/** The rounds per leader, leaders by name, each leader's rounds newest year first. Pure. */
export function byLeader(rounds: readonly HrOverviewRow[]): HrLeader[] {
  const leaders = new Map<string, HrOverviewRow[]>();
  for (const r of rounds) leaders.set(r.leaderId, [...(leaders.get(r.leaderId) ?? []), r]);
  return [...leaders.values()]
    .map((mine) => {
      const sorted = [...mine].sort((a, b) => b.year - a.year);
      const first = sorted[0]!;
      return {
        leaderId: first.leaderId,
        leaderName: first.leaderName,
        unit: first.unit,
        total: sum(sorted),
        rounds: sorted,
      };
    })
    .sort((a, b) => a.leaderName.localeCompare(b.leaderName, 'da'));
}

/** A unit (a department in the directory) and its leaders, with the sum of their counts. */
export interface HrUnit {
  readonly unit: string | null;
  readonly total: Counts;
  readonly leaders: readonly HrLeader[];
}

/** The leaders per unit, units by name and leaders without a unit last. Pure. */
export function byUnit(leaders: readonly HrLeader[]): HrUnit[] {
  const units = new Map<string | null, HrLeader[]>();
  for (const l of leaders) units.set(l.unit, [...(units.get(l.unit) ?? []), l]);
  return [...units]
    .map(([unit, mine]) => ({ unit, leaders: mine, total: sum(mine.map((l) => l.total)) }))
    .sort((a, b) => (a.unit === null ? 1 : b.unit === null ? -1 : a.unit.localeCompare(b.unit, 'da')));
}

/**
 * The overview per leader, MUS-testen of all leaders and the leaders' evaluations, asked for at once: each
 * reads whole lists, so one after another would add up.
 */
export async function loadHrOverview(ports: MusPorts): Promise<Outcome<HrOverview>> {
  const token = await ports.accessToken.getAccessToken();
  if (!token.ok) return failed({ reason: 'signIn' });
  const api = ports.musApi;
  const [overview, musTest, leaders] = await Promise.all([
    api.hrOverview(token.token),
    api.hrMusTest(token.token).then(figureOf),
    api.hrEvaluations(token.token, { party: 'leader' }).then(figureOf),
  ]);
  if (!overview.ok) return failed(failureOf(overview));
  if (!musTest.ok) return musTest;
  if (!leaders.ok) return leaders;
  return succeeded({
    leaders: byLeader(overview.value),
    musTest: musTest.value,
    leaderEvaluations: leaders.value,
  });
}

/** The employees' evaluation of each of a leader's rounds (asked when HR opens the leader). */
export async function loadRoundEvaluations(
  ports: MusPorts,
  roundIds: readonly string[],
): Promise<Outcome<ReadonlyMap<string, Figure>>> {
  const token = await ports.accessToken.getAccessToken();
  if (!token.ok) return failed({ reason: 'signIn' });
  const answers = await Promise.all(
    roundIds.map((roundId) =>
      ports.musApi.hrEvaluations(token.token, { party: 'employee', roundId }).then(figureOf),
    ),
  );
  const figures = new Map<string, Figure>();
  for (const [i, answer] of answers.entries()) {
    if (!answer.ok) return answer;
    figures.set(roundIds[i]!, answer.value);
  }
  return succeeded(figures);
}

/** A file HR downloads (the overview as CSV or Excel, the SU report as PDF) in Danish or English. */
export const downloadHrFile = (
  ports: MusPorts,
  file: HrFile,
  language: 'da' | 'en',
): Promise<Outcome<Blob>> => authorized(ports, ports.musApi).hrFile(file, language);
