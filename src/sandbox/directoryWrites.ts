/**
 * Directory calls beyond reading: `POST /users/{id}/checkMemberGroups` (which of these groups is the user in)
 * and `PUT|DELETE /users/{id}/manager/$ref` (an HR system moving someone to another leader), in Graph's shapes.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Permission } from './auth';
import { authenticate, requirePermission, sameScopes } from './auth';
import type { Ctx } from './context';
import { param, parseBody, sendJson } from './context';
import { badRequest, notFound } from './errors';
import type { UserRec } from './records';
import { groupRec } from './records';
import { findUser } from './users';

const CHECK_GROUPS: Permission = {
  delegated: ['User.Read', 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'User.Read.All'],
  app: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'User.Read.All'],
};
const WRITE_MANAGER = sameScopes(['User.ReadWrite.All', 'Directory.ReadWrite.All']);

const checkBody = z.object({ groupIds: z.array(z.string()).min(1).max(20) });
const refBody = z.object({ '@odata.id': z.string().min(1) });

export function registerDirectoryWrites(app: FastifyInstance, ctx: Ctx): void {
  const user = (req: FastifyRequest): UserRec => {
    const id = param(req, 'id');
    const u = findUser(ctx, id);
    if (!u)
      throw notFound(
        `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
        'Request_ResourceNotFound',
      );
    return u;
  };
  const save = (u: UserRec) =>
    ctx.store.put('user', u.id, u, { parent: u.managerId, tag: u.userPrincipalName.toLowerCase() });

  app.post('/v1.0/users/:id/checkMemberGroups', async (req, reply) => {
    const p = await authenticate(ctx, req);
    const u = user(req);
    if (!(p.kind === 'user' && p.oid === u.id)) requirePermission(p, CHECK_GROUPS);
    const { groupIds } = parseBody(checkBody, req.body, 'checkMemberGroups');
    const memberOf = groupIds.filter((id) => ctx.store.get('group', id, groupRec)?.memberIds.includes(u.id));
    return sendJson(reply, 200, {
      '@odata.context': `${ctx.baseUrl()}/v1.0/$metadata#Collection(Edm.String)`,
      value: memberOf,
    });
  });

  app.put('/v1.0/users/:id/manager/$ref', async (req, reply) => {
    requirePermission(await authenticate(ctx, req), WRITE_MANAGER);
    const u = user(req);
    const ref = parseBody(refBody, req.body, 'reference');
    const managerId = /\/(?:users|directoryObjects)\/([^/?#]+)\/?$/.exec(ref['@odata.id'])?.[1];
    const manager = managerId ? findUser(ctx, decodeURIComponent(managerId)) : undefined;
    if (!manager) throw badRequest(`Invalid object identifier '${ref['@odata.id']}'.`, 'Request_BadRequest');
    if (manager.id === u.id) throw badRequest('A user cannot be their own manager.', 'Request_BadRequest');
    save({ ...u, managerId: manager.id });
    return reply.code(204).send();
  });

  app.delete('/v1.0/users/:id/manager/$ref', async (req, reply) => {
    requirePermission(await authenticate(ctx, req), WRITE_MANAGER);
    save({ ...user(req), managerId: null });
    return reply.code(204).send();
  });
}
