import { z } from 'zod';
import { InstantSchema, instant, recordSchema } from './ids';

/**
 * Aggregates against differencing. A figure for a group of 5 or more says nothing about one person, but two
 * figures do: 5 evaluations averaging 3.8 and then 6 averaging 3.33 give away that the sixth person rated 1
 * (6 × 3.33 − 5 × 3.8). So "5 or more" must hold for the difference between any two published figures of a
 * measure too: a group's figure is published afresh only when at least {@link MIN_PUBLISHED_CHANGE} people
 * differ from the figure last published for it (joined, left, or answered anew) and from every other group's
 * published figure of the same measure (a round and "all rounds" differ by the people of the other rounds).
 * Until then the group's last published figure is shown again; a group with none is not shown.
 *
 * Chosen over "publish only for a closed period" because a round is never closed in the product: evaluations
 * arrive as conversations are held, and HR should see the figure move once enough people have added to it.
 */
export const MIN_PUBLISHED_CHANGE = 5;

/**
 * Who is counted in a figure, as `person → answer`: opaque keys and fingerprints (the service hashes the
 * person's id and when they answered), so a changed answer of the same person counts as one change.
 */
export type Contributions = Readonly<Record<string, string>>;

const PublicationSchema = z.object({
  contributions: z.record(z.string(), z.string()),
  /** The figure as it was shown. */
  figure: z.record(z.string(), z.unknown()),
  publishedAt: InstantSchema,
});
export type Publication = z.infer<typeof PublicationSchema>;

/**
 * The figures last published for one measure (e.g. the employees' evaluations), by group (e.g. `round:<id>`,
 * `all`): a persisted record, validated when read.
 */
export const PublishedFiguresSchema = recordSchema({
  measure: z.string().min(1).max(200),
  groups: z.record(z.string(), PublicationSchema),
});
export type PublishedFigures = z.infer<typeof PublishedFiguresSchema>;

/** How many people differ between two sets of contributions: in one and not the other, or answered anew. */
export function changedPeople(before: Contributions, after: Contributions): number {
  const people = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...people].filter((p) => before[p] !== after[p]).length;
}

const tooClose = (a: Contributions, b: Contributions) => {
  const changed = changedPeople(a, b);
  return changed > 0 && changed < MIN_PUBLISHED_CHANGE;
};

/**
 * What a group's figure is now. `figure` is the current one when it may be published (then `published` is
 * the measure's record to keep), the group's last published figure when too few people changed, or undefined
 * when the group has none and the current figure is too close to another group's.
 */
export function figureToShow<F extends Record<string, unknown>>(
  published: PublishedFigures,
  current: { group: string; contributions: Contributions; figure: F },
  at: Date,
): { figure: Record<string, unknown> | undefined; published?: PublishedFigures } {
  const last = published.groups[current.group];
  const others = Object.entries(published.groups).filter(([group]) => group !== current.group);
  const blocked =
    (last !== undefined && changedPeople(last.contributions, current.contributions) < MIN_PUBLISHED_CHANGE) ||
    others.some(([, other]) => tooClose(other.contributions, current.contributions));
  if (blocked) return { figure: last?.figure };
  const publication = {
    contributions: { ...current.contributions },
    figure: current.figure,
    publishedAt: instant(at),
  };
  return {
    figure: current.figure,
    published: { ...published, groups: { ...published.groups, [current.group]: publication } },
  };
}

/** A measure with nothing published yet. */
export const nothingPublished = (measure: string): PublishedFigures => ({
  schemaVersion: 1,
  measure,
  groups: {},
});
