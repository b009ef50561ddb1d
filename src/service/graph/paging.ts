/**
 * The one paging helper: every item of a Graph collection, following `@odata.nextLink` page by page through the
 * same client (so each page passes the token, retry and log stages). Each item is read by `item` (a zod schema's
 * `parse`, a mapper), so nothing unvalidated leaves.
 */
import { z } from 'zod';
import type { GraphConnection } from './client';
import { relativeGraphPath } from './client';

const pageSchema = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });

export async function paged<T>(
  connection: GraphConnection,
  path: string,
  item: (raw: unknown) => T,
): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = pageSchema.parse(await connection.client.api(next).get());
    items.push(...page.value.map(item));
    const link = page['@odata.nextLink'];
    next = link ? relativeGraphPath(connection.baseUrl, link) : undefined;
  }
  return items;
}
