import type { ConceptApiPort } from '../../../src/application/ports/ConceptApiPort';
import type {
  HrApiPort,
  HrNeeds,
  HrOverviewRow,
  HrRoundRating,
} from '../../../src/application/ports/HrApiPort';
import type { MusApiResult } from '../../../src/application/ports/MusApiPort';

/** A 403 as the service sends it: its code and the Danish and English message. */
const refusal = (code: string) => ({
  ok: false as const,
  reason: 'unauthorized' as const,
  status: 403,
  problem: { code, messages: { da: `da: ${code}`, en: `en: ${code}` } },
});
const forbidden = () => Promise.resolve(refusal('forbidden'));

/** The HR calls as the service answers anyone outside the HR group: 403 `forbidden` for each. */
export const hrRefused: HrApiPort & ConceptApiPort = {
  hrOverview: forbidden,
  hrMusTest: forbidden,
  hrEvaluations: forbidden,
  hrNeeds: forbidden,
  hrRoundRatings: forbidden,
  hrFile: forbidden,
  conceptUnits: forbidden,
  conceptDraft: forbidden,
  startConceptDraft: forbidden,
  saveConceptDraft: forbidden,
  previewConceptDraft: forbidden,
  publishConceptDraft: forbidden,
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
    unit: 'Borgerservice',
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

/** What the fake HR service shows; an aggregate left out is refused as too small (403 `group_too_small`). */
export interface Shown {
  readonly musTest?: number;
  /** MUS-testen's sections: id → average points (with `musTest`). */
  readonly sections?: Record<string, number>;
  readonly leaders?: number;
  readonly employees?: Record<string, number>;
  readonly needs?: HrNeeds;
}

const SECTIONS = [
  ['forberedelse', 'Forberedelse og gennemførelse af MUS', 5],
  ['samtalen', 'Samtalen', 7],
  ['vaerdien', 'Værdien af MUS', 8],
] as const;

/** MUS-testen of 5 leaders: the total and each section's average points, read as "good". */
function musTestOf(total: number, sections: Record<string, number> = {}) {
  const part = (average: number, statements: number) => ({
    average,
    min: statements,
    max: statements * 5,
    band: 'good' as const,
    bandText: { da: 'MUS fungerer godt.', en: 'MUS works well.' },
  });
  return {
    respondents: 5,
    musTest: {
      leaders: 5,
      averageTotal: total,
      averageBySection: sections,
      reading: {
        sections: SECTIONS.filter(([id]) => sections[id] !== undefined).map(([id, da, n]) => ({
          id,
          title: { da, en: da },
          ...part(sections[id] ?? 0, n),
        })),
        total: part(total, 20),
        note: { da: 'Produktets egen læsning.', en: 'The product’s own reading.' },
      },
    },
  };
}

/** An HR service with these rounds, showing what `shown` says and refusing the rest as too small. */
export function hrService(rows: readonly HrOverviewRow[], shown: Shown = {}): HrApiPort {
  const tooSmall = (): Promise<MusApiResult<never>> => Promise.resolve(refusal('group_too_small'));
  const rating = (averageRating: number) => ({ respondents: 5, evaluations: { averageRating } });
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const rounds: HrRoundRating[] = rows.map((r) => {
    const employees = shown.employees?.[r.roundId];
    const base = { roundId: r.roundId, roundTitle: r.roundTitle, year: r.year };
    return employees === undefined ? base : { ...base, rating: rating(employees) };
  });
  return {
    hrOverview: () => ok(rows),
    hrMusTest: () =>
      shown.musTest === undefined ? tooSmall() : ok(musTestOf(shown.musTest, shown.sections)),
    hrFile: (_token, file, language) => ok(new Blob([`${file} ${language}`])),
    hrEvaluations: (_token, query) => {
      const value = query.party === 'leader' ? shown.leaders : shown.employees?.[query.roundId];
      return value === undefined ? tooSmall() : ok(rating(value));
    },
    hrNeeds: () => (shown.needs ? ok(shown.needs) : tooSmall()),
    hrRoundRatings: () => ok(rounds),
  };
}
