/**
 * List items: eTags '"<guid>,<version>"', PATCH …/fields with If-Match (stale → 412, nothing changes),
 * $filter on fields (refused on non-indexed columns as SharePoint does), $top with @odata.nextLink.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from './auth';
import type { Ctx, Principal } from './context';
import { header, param, parseBody, query, sendJson } from './context';
import { GraphError } from './errors';
import type { ItemRec } from './itemFields';
import { applyFields, bare, compare, eTagOf, itemFilter, itemRec, lookupKey, lookupKeys } from './itemFields';
import { newGuid } from './ids';
import { itemPage } from './itemPages';
import type { ListRec } from './lists';
import { findList, siteFor } from './lists';
import type { SiteRec } from './records';
import { fieldValueSet, listItemCreate } from './schemas';

export function registerItems(app: FastifyInstance, ctx: Ctx): void {
  const base = '/v1.0/sites/:siteId/lists/:listId/items';
  const open = async (req: FastifyRequest, write: boolean) => {
    const p = await authenticate(ctx, req);
    const site = siteFor(ctx.store, ctx.apps, p, param(req, 'siteId'), write);
    return { p, site, list: findList(ctx.store, site, param(req, 'listId')) };
  };
  const key = (list: ListRec, id: string) => `${list.id}/${id}`;
  const itemOf = (list: ListRec, req: FastifyRequest): ItemRec => {
    const item = ctx.store.get('item', key(list, param(req, 'itemId')), itemRec);
    if (!item) throw new GraphError(404, 'itemNotFound', 'The resource could not be found.');
    return item;
  };
  const actor = (p: Principal) =>
    p.kind === 'user' && p.user
      ? { id: p.user.id, displayName: p.user.displayName, kind: 'user' as const }
      : {
          id: p.appId,
          displayName: ctx.apps.find((a) => a.clientId === p.appId)?.displayName ?? 'App',
          kind: 'application' as const,
        };
  const identity = (a: ItemRec['createdBy']) => ({ [a.kind]: { id: a.id, displayName: a.displayName } });
  const renderFields = (i: ItemRec, select?: string[]) => {
    const all: Record<string, unknown> = {
      '@odata.etag': eTagOf(i),
      id: i.id,
      ...i.fields,
      ContentType: 'Item',
      Modified: i.lastModifiedDateTime,
      Created: i.createdDateTime,
      AuthorLookupId: '6',
      EditorLookupId: '6',
      _UIVersionString: `${i.version}.0`,
      Attachments: false,
      Edit: '',
      LinkTitle: i.fields.Title ?? '',
      ItemChildCount: '0',
      FolderChildCount: '0',
    };
    return select
      ? Object.fromEntries(
          Object.entries(all).filter(([k]) => k.startsWith('@') || k === 'id' || select.includes(k)),
        )
      : all;
  };
  const render = (site: SiteRec, list: ListRec, i: ItemRec, withFields: boolean, select?: string[]) => ({
    '@odata.etag': eTagOf(i),
    createdDateTime: i.createdDateTime,
    eTag: eTagOf(i),
    id: i.id,
    lastModifiedDateTime: i.lastModifiedDateTime,
    webUrl: `${site.webUrl}/Lists/${list.name}/${i.id}_.000`,
    createdBy: identity(i.createdBy),
    lastModifiedBy: identity(i.lastModifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(withFields ? { fields: renderFields(i, select) } : {}),
  });
  const expansion = (req: FastifyRequest): { fields: boolean; select?: string[] } => {
    const e = query(req, 'expand') ?? '';
    const m = /fields(?:\(\s*\$?select\s*=\s*([^)]*)\))?/i.exec(e);
    if (!m) return { fields: false };
    return m[1] ? { fields: true, select: m[1].split(',').map((s) => s.trim()) } : { fields: true };
  };
  const checkIfMatch = (req: FastifyRequest, item: ItemRec) => {
    const ifMatch = header(req, 'if-match');
    if (ifMatch && ifMatch.trim() !== '*' && bare(ifMatch) !== bare(eTagOf(item))) {
      throw new GraphError(
        412,
        'resourceModified',
        `The resource has changed since the caller last read it; usually an eTag mismatch (sent ${ifMatch}, current ${eTagOf(item)}).`,
      );
    }
  };
  const enforceUnique = (list: ListRec, item: ItemRec) => {
    for (const c of list.columns.filter((x) => x.enforceUniqueValues)) {
      const v = item.fields[c.name];
      if (v === undefined) continue;
      const clash = candidates(list, c.type === 'dateTime' ? undefined : c.name, lookupKey(v)).some(
        (o) => o.id !== item.id && compare(o.fields[c.name], v, 'eq', c.type),
      );
      if (clash)
        throw new GraphError(
          409,
          'nameAlreadyExists',
          'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
        );
    }
  };
  /** The list's items, narrowed by a lookup key when there is one (callers still test each item). */
  const candidates = (list: ListRec, name?: string, value?: string): ItemRec[] =>
    name !== undefined && value !== undefined
      ? ctx.store.byKey('item', list.id, name, value, itemRec)
      : ctx.store.list('item', list.id, itemRec);
  const save = (list: ListRec, item: ItemRec) =>
    ctx.store.put('item', key(list, item.id), item, { parent: list.id, keys: lookupKeys(item.fields) });
  // Items saved before lookup keys existed get them once.
  if (ctx.store.getMeta('itemKeys') !== '1') {
    ctx.store.tx(() => {
      for (const item of ctx.store.list('item', undefined, itemRec))
        ctx.store.put('item', `${item.listId}/${item.id}`, item, {
          parent: item.listId,
          keys: lookupKeys(item.fields),
        });
      ctx.store.setMeta('itemKeys', '1');
    });
  }
  const update = (
    req: FastifyRequest,
    p: Principal,
    list: ListRec,
    item: ItemRec,
    input: Record<string, unknown>,
  ): ItemRec => {
    checkIfMatch(req, item);
    const next: ItemRec = {
      ...item,
      fields: applyFields(list, item.fields, input),
      version: item.version + 1,
      lastModifiedDateTime: ctx
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      lastModifiedBy: actor(p),
    };
    enforceUnique(list, next);
    save(list, next);
    return next;
  };

  app.get(base, async (req, reply) => {
    const { site, list } = await open(req, false);
    const page = itemPage(ctx, req, list, itemFilter(req, list));
    const { fields, select } = expansion(req);
    let nextLink: string | undefined;
    if (page.next) {
      const url = new URL(req.url, ctx.baseUrl());
      url.searchParams.delete('skiptoken');
      url.searchParams.delete('$skiptoken');
      url.searchParams.set('$skiptoken', page.next);
      nextLink = `${ctx.baseUrl()}${url.pathname}?${url.searchParams.toString()}`;
    }
    return sendJson(reply, 200, {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
      value: page.items.map((i) => render(site, list, i, fields, select)),
    });
  });
  app.post(base, async (req, reply) => {
    const { p, site, list } = await open(req, true);
    const body = parseBody(listItemCreate, req.body, 'microsoft.graph.listItem');
    const at = ctx
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    const item: ItemRec = {
      id: String(ctx.store.next(`items:${list.id}`)),
      listId: list.id,
      guid: newGuid(),
      version: 1,
      fields: applyFields(list, {}, body.fields),
      createdDateTime: at,
      lastModifiedDateTime: at,
      createdBy: actor(p),
      lastModifiedBy: actor(p),
    };
    enforceUnique(list, item);
    save(list, item);
    return sendJson(
      reply.header('location', `${ctx.baseUrl()}/v1.0/sites/${site.id}/lists/${list.id}/items/${item.id}`),
      201,
      render(site, list, item, true),
    );
  });
  app.get(`${base}/:itemId`, async (req, reply) => {
    const { site, list } = await open(req, false);
    const { select } = expansion(req);
    return sendJson(reply, 200, render(site, list, itemOf(list, req), true, select));
  });
  app.get(`${base}/:itemId/fields`, async (req, reply) => {
    const { list } = await open(req, false);
    return sendJson(reply, 200, renderFields(itemOf(list, req)));
  });
  app.patch(`${base}/:itemId/fields`, async (req, reply) => {
    const { p, list } = await open(req, true);
    const item = itemOf(list, req);
    const input = parseBody(fieldValueSet, req.body, 'microsoft.graph.fieldValueSet');
    return sendJson(reply, 200, renderFields(update(req, p, list, item, input)));
  });
  app.patch(`${base}/:itemId`, async (req, reply) => {
    const { p, site, list } = await open(req, true);
    const item = itemOf(list, req);
    const input = parseBody(listItemCreate, req.body, 'microsoft.graph.listItem');
    return sendJson(reply, 200, render(site, list, update(req, p, list, item, input.fields), true));
  });
  app.delete(`${base}/:itemId`, async (req, reply) => {
    const { list } = await open(req, true);
    const item = itemOf(list, req);
    checkIfMatch(req, item);
    ctx.store.remove('item', key(list, item.id));
    return reply.code(204).send();
  });
}
