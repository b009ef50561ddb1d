/**
 * OneDrive app folder, per user and per app: /me/drive/special/approot, its children, and files by path
 * (PUT/GET …/approot:/{path}:/content, GET/DELETE …/approot:/{path}:) and by id (/me/drive/items/{id}).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { authenticate, requirePermission, signedInUser } from './auth';
import type { Ctx, Principal } from './context';
import { header, sendJson } from './context';
import { badRequest, GraphError } from './errors';
import { guidFor, newGuid, TENANT_DOMAIN } from './ids';
import type { UserRec } from './records';

/** What every stored file has, in a user's app folder and in a site's library alike. */
export const fileFields = {
  id: z.string(),
  path: z.string(),
  size: z.number(),
  mimeType: z.string(),
  guid: z.string(),
  version: z.number(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
};

/** What a write sets of a stored file; the rest is the file's own (id, where it lives, its path). */
type Written = 'size' | 'mimeType' | 'guid' | 'version' | 'createdDateTime' | 'lastModifiedDateTime';
type WrittenFields = { [K in Written]: z.infer<(typeof fileFields)[K]> };

/**
 * A file after a write of `content` at `at`: the next version of `existing`, or the first version of a new
 * file with what `created` gives it.
 */
export function writtenFile<F extends WrittenFields>(
  existing: F | undefined,
  content: { size: number; mimeType: string },
  at: string,
  created: () => Omit<F, Written>,
): Omit<F, Written> & WrittenFields {
  if (existing) return { ...existing, ...content, version: existing.version + 1, lastModifiedDateTime: at };
  return {
    ...created(),
    ...content,
    guid: newGuid(),
    version: 1,
    createdDateTime: at,
    lastModifiedDateTime: at,
  };
}

/** A driveItem's eTag and cTag, as Graph writes them: the item's guid and its version. */
export function itemTags(f: { guid: string; version: number }): { eTag: string; cTag: string } {
  const guid = f.guid.toUpperCase();
  return { eTag: `"{${guid}},${f.version}"`, cTag: `"c:{${guid}},${f.version}"` };
}

const driveItemRec = z.object({
  ...fileFields,
  driveKey: z.string(),
  name: z.string(),
  isFolder: z.boolean(),
});
type DriveItemRec = z.infer<typeof driveItemRec>;

const READ = {
  delegated: [
    'Files.Read',
    'Files.ReadWrite',
    'Files.Read.All',
    'Files.ReadWrite.All',
    'Files.ReadWrite.AppFolder',
  ],
  app: [],
  code: 'accessDenied',
};
const WRITE = {
  delegated: ['Files.ReadWrite', 'Files.ReadWrite.All', 'Files.ReadWrite.AppFolder'],
  app: [],
  code: 'accessDenied',
};
const BAD_NAME = /["*:<>?\\|]/;
const MIME: Record<string, string> = {
  json: 'application/json',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
};

const itemId = () =>
  `01${randomBytes(20)
    .toString('base64')
    .replace(/[^A-Z2-7]/gi, '')
    .toUpperCase()
    .padEnd(32, 'Q')
    .slice(0, 32)}`;
const notFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');

export function registerDrive(app: FastifyInstance, ctx: Ctx): void {
  const appName = (p: Principal) =>
    ctx.apps.find((a) => a.clientId === p.appId)?.displayName ?? (p.appId || 'App');
  const driveId = (user: UserRec) =>
    `b!${Buffer.from(guidFor(`drive:${user.id}`))
      .toString('base64url')
      .slice(0, 40)}`;
  const tag = (key: string, path: string) => `${key}|${path.toLowerCase()}`;
  const byPath = (key: string, path: string) => ctx.store.byTag('driveItem', tag(key, path), driveItemRec)[0];
  const now = () =>
    ctx
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');

  const folder = (key: string, path: string): DriveItemRec => {
    const existing = byPath(key, path);
    if (existing) {
      if (!existing.isFolder)
        throw new GraphError(409, 'nameAlreadyExists', `A file named '${existing.name}' is in the way.`);
      return existing;
    }
    if (path) folder(key, path.split('/').slice(0, -1).join('/'));
    const at = now();
    const rec: DriveItemRec = {
      id: itemId(),
      driveKey: key,
      path,
      name: path.split('/').at(-1) ?? '',
      isFolder: true,
      size: 0,
      mimeType: '',
      guid: newGuid(),
      version: 1,
      createdDateTime: at,
      lastModifiedDateTime: at,
    };
    ctx.store.put('driveItem', rec.id, rec, { parent: key, tag: tag(key, path) });
    return rec;
  };

  const render = (user: UserRec, p: Principal, rec: DriveItemRec) => {
    const children = rec.isFolder
      ? ctx.store
          .list('driveItem', rec.driveKey, driveItemRec)
          .filter((c) => parentOf(c.path) === rec.path && c.id !== rec.id).length
      : 0;
    const parentPath = parentOf(rec.path);
    const parent = rec.path ? byPath(rec.driveKey, parentPath) : undefined;
    const root = `/drive/root:/Apps/${appName(p)}`;
    return {
      createdDateTime: rec.createdDateTime,
      eTag: itemTags(rec).eTag,
      id: rec.id,
      lastModifiedDateTime: rec.lastModifiedDateTime,
      name: rec.path ? rec.name : appName(p),
      webUrl: `https://${TENANT_DOMAIN.replace('.dk', '')}-my.sharepoint.com/personal/${user.userPrincipalName.replace(/[@.]/g, '_')}/Documents/Apps/${appName(p)}/${rec.path}`,
      cTag: itemTags(rec).cTag,
      size: rec.size,
      createdBy: {
        application: { id: p.appId, displayName: appName(p) },
        user: { id: user.id, displayName: user.displayName },
      },
      parentReference: {
        driveType: 'business',
        driveId: driveId(user),
        ...(parent ? { id: parent.id } : {}),
        path: rec.path ? `${root}${parentPath ? `/${parentPath}` : ''}` : '/drive/root:/Apps',
      },
      fileSystemInfo: {
        createdDateTime: rec.createdDateTime,
        lastModifiedDateTime: rec.lastModifiedDateTime,
      },
      ...(rec.isFolder ? { folder: { childCount: children } } : { file: { mimeType: rec.mimeType } }),
      ...(rec.path ? {} : { specialFolder: { name: 'approot' } }),
    };
  };

  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    const p = await authenticate(ctx, req);
    const user = signedInUser(p);
    requirePermission(p, req.method === 'GET' ? READ : WRITE);
    const key = `${user.id}:${p.appId}`;
    const rest = decodeURIComponent((req.url.split('?')[0] ?? '').replace(/^\/v1\.0\/me\/drive/, ''));
    const ok = (status: number, rec: DriveItemRec) => sendJson(reply, status, render(user, p, rec));
    if (rest === '' && req.method === 'GET')
      return sendJson(reply, 200, {
        id: driveId(user),
        driveType: 'business',
        owner: { user: { id: user.id, displayName: user.displayName } },
      });
    if (rest === '/special/approot' && req.method === 'GET') return ok(200, folder(key, ''));
    if (rest === '/special/approot/children' && req.method === 'GET') {
      folder(key, '');
      const value = ctx.store
        .list('driveItem', key, driveItemRec)
        .filter((c) => c.path && parentOf(c.path) === '');
      return sendJson(reply, 200, { value: value.map((c) => render(user, p, c)) });
    }
    const byId = /^\/items\/([^/]+)(\/content)?$/.exec(rest);
    const byPathMatch = /^\/special\/approot:\/(.+?):?(\/content)?$/.exec(rest);
    let rec: DriveItemRec | undefined;
    let path: string | undefined;
    if (byId?.[1]) {
      const found = ctx.store.get('driveItem', byId[1], driveItemRec);
      rec = found?.driveKey === key ? found : undefined;
      if (!rec) throw notFound();
      path = rec.path;
    } else if (byPathMatch?.[1]) {
      path = byPathMatch[1].replace(/^\/+|\/+$/g, '');
      if (path.split('/').some((s) => !s || BAD_NAME.test(s) || s === '.' || s === '..'))
        throw badRequest('The provided path contains invalid characters.', 'invalidRequest');
      rec = byPath(key, path);
    } else {
      throw badRequest(`Resource not found for the segment '${rest.split('/').at(-1) ?? ''}'.`);
    }
    const content = Boolean(byId?.[2] ?? byPathMatch?.[2]);
    if (req.method === 'PUT' && content && path) {
      const body = ctx.rawBodies.get(req) ?? Buffer.alloc(0);
      folder(key, parentOf(path));
      const at = now();
      const ext = path.split('.').at(-1)?.toLowerCase() ?? '';
      const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim();
      const mimeType =
        MIME[ext] ?? (type && type !== 'application/octet-stream' ? type : 'application/octet-stream');
      const next: DriveItemRec = writtenFile(rec, { size: body.length, mimeType }, at, () => ({
        id: itemId(),
        driveKey: key,
        path,
        name: path.split('/').at(-1) ?? path,
        isFolder: false,
      }));
      if (rec?.isFolder) throw new GraphError(409, 'nameAlreadyExists', 'A folder with this name exists.');
      ctx.store.put('driveItem', next.id, next, { parent: key, tag: tag(key, path) });
      ctx.store.putBlob(next.id, body);
      return ok(rec ? 200 : 201, next);
    }
    if (!rec) throw notFound();
    if (req.method === 'GET' && content) {
      if (rec.isFolder) throw badRequest('Folders have no content.', 'invalidRequest');
      return reply
        .code(200)
        .header('content-type', rec.mimeType)
        .send(ctx.store.getBlob(rec.id) ?? Buffer.alloc(0));
    }
    if (req.method === 'GET') return ok(200, rec);
    if (req.method === 'DELETE' && !content) {
      for (const c of ctx.store
        .list('driveItem', key, driveItemRec)
        .filter((c) => c.path === rec.path || c.path.startsWith(`${rec.path}/`))) {
        ctx.store.remove('driveItem', c.id);
        ctx.store.removeBlob(c.id);
      }
      return reply.code(204).send();
    }
    throw badRequest('Unsupported method on this drive item.', 'invalidRequest');
  };
  app.route({ method: ['GET', 'PUT', 'DELETE'], url: '/v1.0/me/drive', handler: handle });
  app.route({ method: ['GET', 'PUT', 'DELETE'], url: '/v1.0/me/drive/*', handler: handle });
}

const parentOf = (path: string) => path.split('/').slice(0, -1).join('/');
