import { createHash } from 'node:crypto';
import { figureToShow, nothingPublished, type Contributions } from '../../domain';
import { ApiError } from '../http/problem';
import { RecordExistsError, StaleRecordError } from '../records/recordStore';
import type { ApiContext } from './context';

/** A short one-way fingerprint: the published-figures record names nobody and stays small. */
const fingerprint = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);

/**
 * The figure HR is shown for `group` of `measure`, by the domain's rule against differencing
 * (`figureToShow`): the current figure only when at least 5 people differ from every figure already
 * published for the measure, else the group's last published figure again; a group with none that is too
 * close to another group's figure is refused (`group_too_small`). The last published figures of a measure are
 * one record (`publishedFigures`, key `published:<measure>`); a concurrent publication is retried.
 */
export async function publishedFigure(
  ctx: ApiContext,
  measure: string,
  group: string,
  people: readonly (readonly [person: string, answeredAt: string])[],
  figure: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { publishedFigures } = ctx.records;
  const key = `published:${measure}`;
  const contributions: Contributions = Object.fromEntries(
    people.map(([person, answeredAt]) => [fingerprint(person), fingerprint(`${person}|${answeredAt}`)]),
  );
  for (let attempt = 0; ; attempt += 1) {
    const stored = await publishedFigures.get(key);
    const shown = figureToShow(
      stored?.value ?? nothingPublished(measure),
      { group, contributions, figure },
      ctx.now(),
    );
    if (!shown.figure) throw new ApiError('group_too_small', 'Too close to a figure already published');
    if (!shown.published) return shown.figure;
    try {
      if (stored) await publishedFigures.replace(key, shown.published, stored.etag);
      else await publishedFigures.create(key, shown.published);
      return shown.figure;
    } catch (error) {
      // Another read published first: decide again against what it published.
      const raced = error instanceof StaleRecordError || error instanceof RecordExistsError;
      if (!raced || attempt >= 2) throw error;
    }
  }
}
