/** SharePoint lists and columns as the sandbox stores them, site access rules, and their Graph JSON. */
import { z } from 'zod';
import type { Principal } from './context';
import { forbidden, notFound } from './errors';
import { booleans, strings } from './fields';
import { guidFor, newGuid } from './ids';
import type { SiteRec } from './records';
import { siteRec } from './records';
import type { ColumnCreate } from './schemas';
import { COLUMN_TYPES } from './schemas';
import type { Store } from './store';
import type { SandboxApp } from './config';

export const columnRec = z.object({
  ...strings('id', 'name', 'displayName', 'description', 'type'),
  facet: z.record(z.string(), z.unknown()),
  ...booleans('indexed', 'enforceUniqueValues', 'required', 'hidden', 'readOnly'),
  columnGroup: z.string(),
});
export type ColumnRec = z.infer<typeof columnRec>;

export const listRec = z.object({
  ...strings(
    'id',
    'siteId',
    'name',
    'displayName',
    'description',
    'template',
    'createdDateTime',
    'lastModifiedDateTime',
    'createdBy',
  ),
  columns: z.array(columnRec),
});
export type ListRec = z.infer<typeof listRec>;

const sys = (name: string, type: string, extra: Partial<ColumnRec> = {}): ColumnRec => ({
  id: guidFor(`column:${name}`),
  name,
  displayName: name === 'Title' ? 'Title' : name.replace(/^_/, ''),
  description: '',
  type,
  facet: {},
  indexed: false,
  enforceUniqueValues: false,
  required: false,
  hidden: false,
  readOnly: true,
  columnGroup: name === 'Title' ? 'Custom Columns' : '_Hidden',
  ...extra,
});

/** The columns every generic list has before anyone adds one. */
export function systemColumns(): ColumnRec[] {
  return [
    sys('Title', 'text', {
      required: true,
      readOnly: false,
      facet: { allowMultipleLines: false, maxLength: 255 },
    }),
    sys('ContentType', 'text'),
    sys('Modified', 'dateTime', { indexed: true }),
    sys('Created', 'dateTime', { indexed: true }),
    sys('Author', 'personOrGroup'),
    sys('Editor', 'personOrGroup'),
    sys('_UIVersionString', 'text'),
    sys('Attachments', 'boolean'),
    sys('LinkTitle', 'text'),
  ];
}

/** A column from its Graph definition (the one type facet present; text if none). */
export function columnFrom(def: ColumnCreate & { name: string }): ColumnRec {
  const present = COLUMN_TYPES.filter((t) => def[t as keyof ColumnCreate] !== undefined);
  const type = present[0] ?? 'text';
  const facetValue: unknown = def[type as keyof ColumnCreate];
  const facet = z
    .record(z.string(), z.unknown())
    .catch({})
    .parse(facetValue ?? {});
  return {
    id: newGuid(),
    name: def.name,
    displayName: def.displayName ?? def.name,
    description: def.description ?? '',
    type,
    facet,
    indexed: def.indexed ?? def.enforceUniqueValues ?? false,
    enforceUniqueValues: def.enforceUniqueValues ?? false,
    required: def.required ?? false,
    hidden: def.hidden ?? false,
    readOnly: def.readOnly ?? false,
    columnGroup: def.columnGroup ?? 'Custom Columns',
  };
}

export function renderColumn(c: ColumnRec): Record<string, unknown> {
  return {
    columnGroup: c.columnGroup,
    description: c.description,
    displayName: c.displayName,
    enforceUniqueValues: c.enforceUniqueValues,
    hidden: c.hidden,
    id: c.id,
    indexed: c.indexed,
    name: c.name,
    readOnly: c.readOnly,
    required: c.required,
    [c.type]: c.facet,
  };
}

export function renderList(l: ListRec, site: SiteRec, withColumns: boolean): Record<string, unknown> {
  const etag = `"${l.id},${l.columns.length}"`;
  return {
    '@odata.etag': etag,
    createdDateTime: l.createdDateTime,
    description: l.description,
    eTag: etag,
    id: l.id,
    lastModifiedDateTime: l.lastModifiedDateTime,
    name: l.name,
    webUrl: `${site.webUrl}/Lists/${l.name}`,
    displayName: l.displayName,
    createdBy: { user: { displayName: l.createdBy } },
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: l.template },
    ...(withColumns ? { columns: l.columns.map(renderColumn) } : {}),
  };
}

/** The site, if it exists and the caller may use it (Sites.Selected needs a grant for this site). */
export function siteFor(
  store: Store,
  apps: SandboxApp[],
  p: Principal,
  siteId: string,
  write: boolean,
): SiteRec {
  const site = store.get('site', siteId, siteRec);
  if (!site) throw notFound('Requested site could not be found', 'itemNotFound');
  if (!canUse(apps, p, site.id, write) || !userMayEnter(p, site))
    throw forbidden('accessDenied', 'Access denied');
  return site;
}

/** A delegated token reaches a site only where users are members; an app's token is judged by its grant. */
export function userMayEnter(p: Principal, site: SiteRec): boolean {
  return p.kind !== 'user' || site.userAccess;
}

export function canUse(apps: SandboxApp[], p: Principal, siteId: string, write: boolean): boolean {
  const have = p.kind === 'user' ? p.scopes : p.roles;
  const full = write
    ? ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All']
    : ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
  if (full.some((s) => have.has(s))) return true;
  if (have.has('Sites.Selected'))
    return apps.some((a) => a.clientId === p.appId && a.selectedSites.includes(siteId));
  return false;
}

export function findList(store: Store, site: SiteRec, idOrName: string): ListRec {
  // By id first: one row instead of every list of the site (the common case, on every item request).
  const byId = store.get('list', idOrName, listRec);
  if (byId?.siteId === site.id) return byId;
  const lists = store.list('list', site.id, listRec);
  const list =
    lists.find((l) => l.id === idOrName) ??
    lists.find((l) => l.displayName.toLowerCase() === idOrName.toLowerCase());
  if (!list) throw notFound('The specified list was not found', 'itemNotFound');
  return list;
}
