/** SharePoint sites, lists and columns: /sites?search=, /sites/{id}, /lists, /columns. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from './auth';
import type { Ctx } from './context';
import { param, parseBody, query, sendJson } from './context';
import { badRequest, forbidden, GraphError } from './errors';
import { newGuid } from './ids';
import type { ListRec } from './lists';
import {
  canUse,
  columnFrom,
  findList,
  listRec,
  renderColumn,
  renderList,
  siteFor,
  systemColumns,
  userMayEnter,
} from './lists';
import type { SiteRec } from './records';
import { siteRec } from './records';
import { columnCreate, columnUpdate, listCreate } from './schemas';
import { SHAREPOINT_HOST } from './ids';

const renderSite = (s: SiteRec) => ({
  createdDateTime: s.createdDateTime,
  description: s.description,
  id: s.id,
  lastModifiedDateTime: s.createdDateTime,
  name: s.name,
  webUrl: s.webUrl,
  displayName: s.displayName,
  root: {},
  siteCollection: { hostname: SHAREPOINT_HOST },
});

const conflict = (message: string) => new GraphError(409, 'nameAlreadyExists', message);

export function registerSites(app: FastifyInstance, ctx: Ctx): void {
  const site = async (req: FastifyRequest, write = false) =>
    siteFor(ctx.store, ctx.apps, await authenticate(ctx, req), param(req, 'siteId'), write);
  const list = async (req: FastifyRequest, write = false) => {
    const s = await site(req, write);
    return { site: s, list: findList(ctx.store, s, param(req, 'listId')) };
  };
  const save = (l: ListRec) => ctx.store.put('list', l.id, l, { parent: l.siteId });
  const meta = (what: string) => `${ctx.baseUrl()}/v1.0/$metadata#${what}`;

  app.get('/v1.0/sites', async (req, reply) => {
    const p = await authenticate(ctx, req);
    const search = query(req, 'search');
    if (search === undefined) throw badRequest('Use $search or search= to find sites.', 'invalidRequest');
    const term = search.replace(/^"|"$/g, '').toLowerCase();
    const value = ctx.store
      .list('site', undefined, siteRec)
      .filter(
        (s) =>
          term === '*' || [s.name, s.displayName, s.description].some((t) => t.toLowerCase().includes(term)),
      )
      .filter((s) => canUse(ctx.apps, p, s.id, false) && userMayEnter(p, s));
    const have = p.kind === 'app' ? p.roles : p.scopes;
    if (!canUse(ctx.apps, p, '', false) && !have.has('Sites.Selected'))
      throw forbidden('accessDenied', 'Access denied');
    return sendJson(reply, 200, { '@odata.context': meta('sites'), value: value.map(renderSite) });
  });
  app.get('/v1.0/sites/:siteId', async (req, reply) =>
    sendJson(reply, 200, { '@odata.context': meta('sites/$entity'), ...renderSite(await site(req)) }),
  );
  app.get('/v1.0/sites/:host/sites/:path', async (req, reply) => {
    const p = await authenticate(ctx, req);
    const name = param(req, 'path').replace(/:$/, '');
    const found = ctx.store
      .list('site', undefined, siteRec)
      .find(
        (s) =>
          s.name.toLowerCase() === name.toLowerCase() &&
          param(req, 'host').replace(/:$/, '') === SHAREPOINT_HOST,
      );
    if (!found) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
    return sendJson(reply, 200, renderSite(siteFor(ctx.store, ctx.apps, p, found.id, false)));
  });

  app.get('/v1.0/sites/:siteId/lists', async (req, reply) => {
    const s = await site(req);
    let lists = ctx.store.list('list', s.id, listRec);
    const f = query(req, 'filter');
    if (f) {
      const m = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(f);
      if (!m) throw badRequest(`Invalid filter clause: ${f}`, 'invalidRequest');
      const name = (m[1] ?? '').replace(/''/g, "'").toLowerCase();
      lists = lists.filter((l) => l.displayName.toLowerCase() === name);
    }
    const withColumns = /columns/i.test(query(req, 'expand') ?? '');
    return sendJson(reply, 200, {
      '@odata.context': meta(`sites('${s.id}')/lists`),
      value: lists.map((l) => renderList(l, s, withColumns)),
    });
  });
  app.post('/v1.0/sites/:siteId/lists', async (req, reply) => {
    const s = await site(req, true);
    const body = parseBody(listCreate, req.body, 'microsoft.graph.list');
    const existing = ctx.store.list('list', s.id, listRec);
    if (existing.some((l) => l.displayName.toLowerCase() === body.displayName.toLowerCase())) {
      throw conflict(
        `A list, survey, discussion board, or document library with the specified title already exists in this Web site. Please choose another title.`,
      );
    }
    const columns = systemColumns();
    for (const def of body.columns ?? []) {
      if (columns.some((c) => c.name.toLowerCase() === def.name.toLowerCase()))
        throw conflict(`A duplicate field name "${def.name}" was found.`);
      columns.push(columnFrom(def));
    }
    const at = ctx.now().toISOString();
    const rec: ListRec = {
      id: newGuid(),
      siteId: s.id,
      name: body.displayName.replace(/[^A-Za-z0-9_-]/g, ''),
      displayName: body.displayName,
      description: body.description ?? '',
      template: body.list?.template ?? 'genericList',
      createdDateTime: at,
      lastModifiedDateTime: at,
      createdBy: 'MUS',
      columns,
    };
    save(rec);
    return sendJson(reply, 201, {
      '@odata.context': meta(`sites('${s.id}')/lists/$entity`),
      ...renderList(rec, s, false),
    });
  });
  app.get('/v1.0/sites/:siteId/lists/:listId', async (req, reply) => {
    const { site: s, list: l } = await list(req);
    return sendJson(reply, 200, renderList(l, s, /columns/i.test(query(req, 'expand') ?? '')));
  });

  app.get('/v1.0/sites/:siteId/lists/:listId/columns', async (req, reply) => {
    const { site: s, list: l } = await list(req);
    return sendJson(reply, 200, {
      '@odata.context': meta(`sites('${s.id}')/lists('${l.id}')/columns`),
      value: l.columns.map(renderColumn),
    });
  });
  app.get('/v1.0/sites/:siteId/lists/:listId/columns/:columnId', async (req, reply) => {
    const { list: l } = await list(req);
    const c = l.columns.find((x) => x.id === param(req, 'columnId') || x.name === param(req, 'columnId'));
    if (!c) throw new GraphError(404, 'itemNotFound', 'The column was not found.');
    return sendJson(reply, 200, renderColumn(c));
  });
  app.post('/v1.0/sites/:siteId/lists/:listId/columns', async (req, reply) => {
    const { list: l } = await list(req, true);
    const def = parseBody(columnCreate, req.body, 'microsoft.graph.columnDefinition');
    if (l.columns.some((c) => c.name.toLowerCase() === def.name.toLowerCase()))
      throw conflict(`A duplicate field name "${def.name}" was found.`);
    const column = columnFrom(def);
    save({ ...l, columns: [...l.columns, column], lastModifiedDateTime: ctx.now().toISOString() });
    return sendJson(reply, 201, renderColumn(column));
  });
  app.patch('/v1.0/sites/:siteId/lists/:listId/columns/:columnId', async (req, reply) => {
    const { list: l } = await list(req, true);
    const patch = parseBody(columnUpdate, req.body, 'microsoft.graph.columnDefinition');
    const c = l.columns.find((x) => x.id === param(req, 'columnId'));
    if (!c) throw new GraphError(404, 'itemNotFound', 'The column was not found.');
    if (c.columnGroup === '_Hidden') throw forbidden('accessDenied', 'System columns cannot be changed.');
    const next = {
      ...c,
      displayName: patch.displayName ?? c.displayName,
      description: patch.description ?? c.description,
      indexed: patch.indexed ?? (patch.enforceUniqueValues ? true : c.indexed),
      enforceUniqueValues: patch.enforceUniqueValues ?? c.enforceUniqueValues,
      required: patch.required ?? c.required,
      hidden: patch.hidden ?? c.hidden,
    };
    save({
      ...l,
      columns: l.columns.map((x) => (x.id === c.id ? next : x)),
      lastModifiedDateTime: ctx.now().toISOString(),
    });
    return sendJson(reply, 200, renderColumn(next));
  });
}
