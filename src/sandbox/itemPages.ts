/**
 * One page of a list's items as `GET …/items` answers it: `$top` (default 200, at most 5,000), `$filter`,
 * `$orderby` and `@odata.nextLink` with a `$skiptoken` of SharePoint's form (base64 `Paged=TRUE&p_ID=<last id>`).
 * Without `$orderby` the token also carries the last item's place in the store (`p_Seq`): the next page is read
 * from there with SQL `LIMIT`, narrowed by an `eq` filter's lookup key, so a page costs what it holds, not what
 * the list holds, and items added between pages come once each, at the end. With `$orderby` the list is sorted
 * whole and the token carries an offset (`p_Offset`).
 */
import type { FastifyRequest } from 'fastify';
import type { Ctx } from './context';
import { header, query } from './context';
import type { ItemFilter, ItemRec } from './itemFields';
import { HONOR, invalid, itemRec, notIndexed } from './itemFields';
import type { ListRec } from './lists';

export const DEFAULT_TOP = 200;
export const MAX_TOP = 5000;

export interface ItemPage {
  readonly items: ItemRec[];
  /** The `$skiptoken` (already base64) of the next page, when there may be one. */
  readonly next?: string;
}

const token = (params: Record<string, string | number>) =>
  Buffer.from(
    `Paged=TRUE&${Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')}`,
  ).toString('base64');

/** The token's parameters, or a 400 when it is not one of ours. */
function tokenOf(req: FastifyRequest): URLSearchParams | undefined {
  const text = query(req, 'skiptoken');
  if (!text) return undefined;
  const params = new URLSearchParams(Buffer.from(text, 'base64').toString());
  if (params.get('Paged') !== 'TRUE') throw invalid('Invalid $skiptoken.');
  return params;
}

const whole = (value: string | null): number => {
  const n = Number(value ?? 'NaN');
  if (value === null || !Number.isInteger(n) || n < 0) throw invalid('Invalid $skiptoken.');
  return n;
};

/** The page size asked for with `$top`, capped at {@link MAX_TOP}. */
function sizeOf(req: FastifyRequest): number {
  const top = Number(query(req, 'top') ?? String(DEFAULT_TOP));
  if (!Number.isInteger(top) || top < 1) throw invalid('Invalid $top.');
  return Math.min(top, MAX_TOP);
}

/** The page the request asks for. */
export function itemPage(ctx: Ctx, req: FastifyRequest, list: ListRec, filter: ItemFilter): ItemPage {
  const size = sizeOf(req);
  const params = tokenOf(req);
  const order = query(req, 'orderby');
  if (order) return sortedPage(ctx, req, list, filter, order, size, params);
  const after = params ? whole(params.get('p_Seq')) : 0;
  // Read in chunks until the page is full and one more match shows whether there is a next page.
  const chunk = Math.max(size + 1, DEFAULT_TOP);
  const found: { seq: number; value: ItemRec }[] = [];
  for (let from = after; found.length <= size;) {
    const rows = ctx.store.page('item', list.id, from, chunk, itemRec, filter.key);
    found.push(...rows.filter((r) => filter.test(r.value)));
    if (rows.length < chunk) break;
    from = rows.at(-1)?.seq ?? from;
  }
  const items = found.slice(0, size);
  const last = found[size - 1];
  return {
    items: items.map((r) => r.value),
    ...(found.length > size && last ? { next: token({ p_ID: last.value.id, p_Seq: last.seq }) } : {}),
  };
}

/** A page of the list sorted by an indexed column (the whole list is read and sorted). */
function sortedPage(
  ctx: Ctx,
  req: FastifyRequest,
  list: ListRec,
  filter: ItemFilter,
  order: string,
  size: number,
  params: URLSearchParams | undefined,
): ItemPage {
  const m = /^fields\/(\w+)(?:\s+(asc|desc))?$/i.exec(order.trim());
  const column = list.columns.find((c) => c.name === m?.[1]);
  if (!m || !column) throw invalid(`Invalid orderby clause: ${order}`);
  if (!column.indexed && !(header(req, 'prefer') ?? '').includes(HONOR)) throw notIndexed(column.name);
  const sign = m[2]?.toLowerCase() === 'desc' ? -1 : 1;
  const all = (
    filter.key
      ? ctx.store.byKey('item', list.id, filter.key.name, filter.key.value, itemRec)
      : ctx.store.list('item', list.id, itemRec)
  )
    .filter(filter.test)
    .sort(
      (a, b) => sign * String(a.fields[column.name] ?? '').localeCompare(String(b.fields[column.name] ?? '')),
    );
  const offset = params ? whole(params.get('p_Offset')) : 0;
  const items = all.slice(offset, offset + size);
  const last = items.at(-1);
  return {
    items,
    ...(offset + size < all.length && last
      ? { next: token({ p_ID: last.id, p_Offset: offset + size }) }
      : {}),
  };
}
