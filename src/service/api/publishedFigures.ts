import { createHash } from 'node:crypto';
import { figureToShow, nothingPublished, type Contributions, type PublishedFigures } from '../../domain';
import { ApiError } from '../http/problem';
import { retryOnConflict } from '../records/retry';
import type { ApiContext } from './context';

/** A short one-way fingerprint: the published-figures record names nobody and stays small. */
const fingerprint = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);

/** One group's current figure and who is counted in it (person, when they answered). */
export interface GroupFigure {
  readonly group: string;
  readonly people: readonly (readonly [person: string, answeredAt: string])[];
  readonly figure: Record<string, unknown>;
}

const contributionsOf = (people: GroupFigure['people']): Contributions =>
  Object.fromEntries(
    people.map(([person, answeredAt]) => [fingerprint(person), fingerprint(`${person}|${answeredAt}`)]),
  );

/**
 * The figures HR is shown for several groups of one `measure`, by the domain's rule against differencing
 * (`figureToShow`), each group decided against what was published before it (the others' new figures
 * included): a group's current figure only when at least 5 people differ from every figure already published
 * for the measure, else its last published figure again, or undefined when it has none and is too close to
 * another group's. The last published figures of a measure are one record (`publishedFigures`, key
 * `published:<measure>`): one read and at most one write for all the groups; a concurrent publication is
 * retried.
 */
export async function publishedFiguresOf(
  ctx: ApiContext,
  measure: string,
  groups: readonly GroupFigure[],
): Promise<Map<string, Record<string, unknown> | undefined>> {
  const { publishedFigures } = ctx.records;
  const key = `published:${measure}`;
  // Another read published first: decide again against what it published.
  return retryOnConflict(async () => {
    const stored = await publishedFigures.get(key);
    let published: PublishedFigures = stored?.value ?? nothingPublished(measure);
    let changed = false;
    const shown = new Map<string, Record<string, unknown> | undefined>();
    for (const { group, people, figure } of groups) {
      const current = { group, contributions: contributionsOf(people), figure };
      const next = figureToShow(published, current, ctx.now());
      shown.set(group, next.figure);
      if (next.published) [published, changed] = [next.published, true];
    }
    if (!changed) return shown;
    if (stored) await publishedFigures.replace(key, published, stored.etag);
    else await publishedFigures.create(key, published);
    return shown;
  }, 3);
}

/**
 * The figure HR is shown for `group` of `measure` ({@link publishedFiguresOf} for one group); a group with
 * none that is too close to another group's figure is refused (`group_too_small`).
 */
export async function publishedFigure(
  ctx: ApiContext,
  measure: string,
  group: string,
  people: GroupFigure['people'],
  figure: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const shown = (await publishedFiguresOf(ctx, measure, [{ group, people, figure }])).get(group);
  if (!shown) throw new ApiError('group_too_small', 'Too close to a figure already published');
  return shown;
}
