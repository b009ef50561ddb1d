/**
 * A SharePoint site's default document library (`/sites/{siteId}/drive`): files by path under the root,
 * `PUT …/root:/{path}:/content` (simple upload, up to 4 MB; `@microsoft.graph.conflictBehavior` replace (the
 * default for PUT) or fail: 409 `nameAlreadyExists`), `GET …/root:/{path}:` (the driveItem) and
 * `GET …/root:/{path}:/content` (the bytes), `DELETE …/root:/{path}:` (204; 404 when there is none). Who may
 * use it is the site's grant (`Sites.Selected`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authenticate } from './auth';
import type { Ctx } from './context';
import { header, param, query, sendJson } from './context';
import { fileFields, itemTags, writtenFile } from './drive';
import { badRequest, GraphError } from './errors';
import { guidFor, newGuid } from './ids';
import { siteFor } from './lists';

const fileRec = z.object({ ...fileFields, siteId: z.string() });
type FileRec = z.infer<typeof fileRec>;

const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
const BAD_SEGMENT = /["*:<>?\\|#%]/;

export function registerSiteDrive(app: FastifyInstance, ctx: Ctx): void {
  const tag = (siteId: string, path: string) => `${siteId}|${path.toLowerCase()}`;
  const find = (siteId: string, path: string) => ctx.store.byTag('siteFile', tag(siteId, path), fileRec)[0];
  const driveId = (siteId: string) =>
    `b!${Buffer.from(guidFor(`sitedrive:${siteId}`))
      .toString('base64url')
      .slice(0, 40)}`;

  /** The site (checked against the caller's grant), the file's path and whether `/content` was asked. */
  const target = async (req: FastifyRequest, write: boolean) => {
    const site = siteFor(ctx.store, ctx.apps, await authenticate(ctx, req), param(req, 'siteId'), write);
    const match = /^(.+?):?(\/content)?$/.exec(decodeURIComponent(param(req, '*')));
    const path = (match?.[1] ?? '').replace(/^\/+|\/+$/g, '');
    if (!path || path.split('/').some((s) => !s || s === '.' || s === '..' || BAD_SEGMENT.test(s)))
      throw badRequest('The provided path contains invalid characters.', 'invalidRequest');
    return { site, path, content: Boolean(match?.[2]) };
  };
  const render = (f: FileRec, webUrl: string) => ({
    id: f.id,
    name: f.path.split('/').at(-1),
    ...itemTags(f),
    size: f.size,
    createdDateTime: f.createdDateTime,
    lastModifiedDateTime: f.lastModifiedDateTime,
    webUrl: `${webUrl}/Shared%20Documents/${f.path.split('/').map(encodeURIComponent).join('/')}`,
    file: { mimeType: f.mimeType },
    parentReference: {
      driveType: 'documentLibrary',
      driveId: driveId(f.siteId),
      path: `/drive/root:/${f.path.split('/').slice(0, -1).join('/')}`.replace(/\/$/, ''),
    },
  });
  const notFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');
  const url = '/v1.0/sites/:siteId/drive/root::/*';

  app.get(url, async (req, reply) => {
    const { site, path, content } = await target(req, false);
    const file = find(site.id, path);
    if (!file) throw notFound();
    if (!content) return sendJson(reply, 200, render(file, site.webUrl));
    return reply.code(200).header('content-type', file.mimeType).send(ctx.store.getBlob(file.id));
  });

  app.delete(url, async (req, reply) => {
    const { site, path, content } = await target(req, true);
    const file = find(site.id, path);
    if (content) throw badRequest('Delete the item, not its content.', 'invalidRequest');
    if (!file) throw notFound();
    ctx.store.remove('siteFile', file.id);
    ctx.store.removeBlob(file.id);
    return reply.code(204).send();
  });

  app.put(url, async (req, reply) => {
    const { site, path, content } = await target(req, true);
    if (!content) throw badRequest('Upload to …:/content.', 'invalidRequest');
    const body = ctx.rawBodies.get(req) ?? Buffer.alloc(0);
    if (body.length > SIMPLE_UPLOAD_LIMIT)
      throw new GraphError(413, 'requestTooLarge', 'Use an upload session for files over 4 MB.');
    const existing = find(site.id, path);
    if (existing && query(req, '@microsoft.graph.conflictBehavior') === 'fail')
      throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    const at = ctx.now().toISOString();
    const mimeType = (header(req, 'content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ?? '';
    const file: FileRec = writtenFile(existing, { size: body.length, mimeType }, at, () => ({
      id: `01${newGuid().replace(/-/g, '').toUpperCase()}`,
      siteId: site.id,
      path,
    }));
    ctx.store.put('siteFile', file.id, file, { parent: site.id, tag: tag(site.id, path) });
    ctx.store.putBlob(file.id, body);
    return sendJson(reply, existing ? 200 : 201, render(file, site.webUrl));
  });
}
