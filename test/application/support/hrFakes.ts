import type { HrApiPort, HrOverviewRow } from '../../../src/application/ports/HrApiPort';
import type { MusApiResult } from '../../../src/application/ports/MusApiPort';

const forbidden = () => Promise.resolve({ ok: false as const, reason: 'unauthorized' as const, status: 403 });

/** The HR calls as the service answers anyone outside the HR group: 403 for each. */
export const hrRefused: HrApiPort = {
  hrOverview: forbidden,
  hrMusTest: forbidden,
  hrEvaluations: forbidden,
  hrFile: forbidden,
};

/** A round of the overview; override what the test is about. */
export function anOverviewRow(overrides: Partial<HrOverviewRow> = {}): HrOverviewRow {
  return {
    roundId: 'r1',
    roundTitle: 'MUS 2026',
    year: 2026,
    windowEnd: '2026-04-01',
    leaderId: 'l1',
    leaderName: 'Birgitte Holm Sørensen',
    conversations: 6,
    notBooked: 1,
    booked: 2,
    held: 1,
    signed: 2,
    cancelled: 0,
    withPlan: 2,
    overdue: 0,
    ...overrides,
  };
}

/** An HR service with these rounds; an aggregate is shown when `shown` says so, else refused as too small. */
export function hrService(
  rows: readonly HrOverviewRow[],
  shown: { musTest?: number; leaders?: number; employees?: Record<string, number> } = {},
): HrApiPort {
  const tooSmall = (): Promise<MusApiResult<never>> =>
    Promise.resolve({ ok: false, reason: 'unauthorized', status: 403 });
  const rating = (averageRating: number) =>
    Promise.resolve({ ok: true as const, value: { respondents: 5, evaluations: { averageRating } } });
  return {
    hrOverview: () => Promise.resolve({ ok: true, value: rows }),
    hrMusTest: () =>
      shown.musTest === undefined
        ? tooSmall()
        : Promise.resolve({
            ok: true,
            value: {
              respondents: 5,
              musTest: { leaders: 5, averageTotal: shown.musTest, averageBySection: {} },
            },
          }),
    hrFile: (_token, file, language) =>
      Promise.resolve({ ok: true, value: new Blob([`${file} ${language}`]) }),
    hrEvaluations: (_token, query) => {
      const value = query.party === 'leader' ? shown.leaders : shown.employees?.[query.roundId];
      return value === undefined ? tooSmall() : rating(value);
    },
  };
}
