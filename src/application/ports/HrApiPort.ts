/**
 * The HR part of the MUS service's API (`/api/hr/…`), as far as the browser app uses it: counts and
 * aggregates only, never one person's record. Part of {@link MusApiPort} (`MusApiPort.ts`).
 */
import type { Ok } from './apiShapes';
import type { MusApiResult } from './MusApiPort';
import type { paths } from './musApi.generated';

/** One round as HR sees it: its leader and how many conversations are in each stage (`GET /api/hr/overview`). */
export type HrOverviewRow = Ok<paths['/api/hr/overview']['get']>[number];
/** An aggregate of 5 or more people: how many answered, and MUS-testen's or the evaluations' averages. */
export type HrAggregate = Ok<paths['/api/hr/aggregates/mus-test']['get']>;
/** The development needs of the conversations held: topics and goal categories, 5 or more people each. */
export type HrNeeds = Ok<paths['/api/hr/aggregates/needs']['get']>;
/** Every round's employees' evaluation, where shown (5 or more). */
export type HrRoundRating = Ok<paths['/api/hr/aggregates/evaluations/rounds']['get']>[number];
/** Whose evaluations an aggregate is of: one round's employees, or all leaders. */
export type HrEvaluationQuery = { party: 'employee'; roundId: string } | { party: 'leader' };

/** A file HR downloads: the overview as CSV or Excel, or the SU report as PDF. */
export type HrFile = 'csv' | 'xlsx' | 'pdf';

export interface HrApiPort {
  /** HR: the round overview, counts only (`GET /api/hr/overview`); 403 for anyone not in the HR group. */
  hrOverview(accessToken: string): Promise<MusApiResult<readonly HrOverviewRow[]>>;
  /** HR: MUS-testen of all leaders; refused (403 `group_too_small`) under 5 (`GET /api/hr/aggregates/mus-test`). */
  hrMusTest(accessToken: string): Promise<MusApiResult<HrAggregate>>;
  /** HR: the leaders' evaluations, or one round's employees'; refused under 5 (`GET /api/hr/aggregates/evaluations`). */
  hrEvaluations(accessToken: string, query: HrEvaluationQuery): Promise<MusApiResult<HrAggregate>>;
  /** HR: development needs; refused (403 `group_too_small`) under 5 employees (`GET /api/hr/aggregates/needs`). */
  hrNeeds(accessToken: string): Promise<MusApiResult<HrNeeds>>;
  /** HR: each round's employees' evaluation, where shown (`GET /api/hr/aggregates/evaluations/rounds`). */
  hrRoundRatings(accessToken: string): Promise<MusApiResult<readonly HrRoundRating[]>>;
  /**
   * HR: a file in Danish or English (`GET /api/hr/overview.csv`, `overview.xlsx`, `su-report.pdf`), by the
   * same rules as the screen.
   */
  hrFile(accessToken: string, file: HrFile, language: 'da' | 'en'): Promise<MusApiResult<Blob>>;
}
