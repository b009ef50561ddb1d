import type { ApiContext } from './context';

const LISTS = ['rounds', 'conversations', 'goals', 'evaluations'] as const;

/**
 * The context with each of HR's lists read at most once (`all()`): a request that puts several figures
 * together (the SU report, the exports, every round's evaluation) reads each list once, not once a figure.
 * For one request only: the copy keeps what it read.
 */
export function readingOnce(ctx: ApiContext): ApiContext {
  const records = { ...ctx.records };
  for (const name of LISTS) {
    const collection = ctx.records[name];
    let all: ReturnType<typeof collection.all> | undefined;
    // The collection's own methods, `all` answered from the first read.
    records[name] = Object.assign(Object.create(collection) as typeof collection, {
      all: () => (all ??= collection.all()),
    }) as never;
  }
  return { ...ctx, records };
}
