import type { ApiContext } from './context';

const LISTS = ['rounds', 'conversations', 'goals', 'evaluations'] as const;
type All = () => Promise<unknown>;

/** The context with each of HR's lists' `all` made by `reader` from the collection's own. */
function withReads(ctx: ApiContext, reader: (all: All, collection: object) => All): ApiContext {
  const records = { ...ctx.records };
  for (const name of LISTS) {
    const collection = ctx.records[name];
    // The collection's own methods, `all` as the reader makes it (the same answer, typed as the collection's).
    records[name] = Object.assign(Object.create(collection) as typeof collection, {
      all: reader(() => collection.all(), collection),
    }) as never;
  }
  return { ...ctx, records };
}

/**
 * The context with each of HR's lists read at most once (`all()`): a request that puts several figures
 * together (the SU report, the exports, every round's evaluation) reads each list once, not once a figure.
 * For one request only: the copy keeps what it read.
 */
export function readingOnce(ctx: ApiContext): ApiContext {
  return withReads(ctx, (all) => {
    let read: Promise<unknown> | undefined;
    return () => (read ??= all());
  });
}

/** Whole-list reads under way, by the list's collection (see {@link joiningReads}). */
const underWay = new WeakMap<object, Promise<unknown>>();

/**
 * The context whose reads of HR's whole lists join one of the same list already under way (for any HR
 * request of this instance), so the HR tab's requests, sent at once, read the 10,000 conversations once,
 * not once each. Nothing is kept once a read has answered: a request never sees the list as it was before
 * the last read under way when it started.
 */
export function joiningReads(ctx: ApiContext): ApiContext {
  return withReads(ctx, (all, key) => {
    return () => {
      const joined = underWay.get(key);
      if (joined) return joined;
      const read = all();
      underWay.set(key, read);
      const done = () => void underWay.delete(key);
      read.then(done, done);
      return read;
    };
  });
}
