/** Directory: /me, /users, manager, directReports, memberOf, /groups and their members. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from './auth';
import { authenticate, requirePermission, sameScopes, signedInUser } from './auth';
import type { Ctx, Principal } from './context';
import { page, param, query, sendJson } from './context';
import { badRequest, notFound } from './errors';
import type { GroupRec, UserRec } from './records';
import { groupRec, userRec } from './records';

const DEFAULT_PROPS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

const DIR_ALL = ['User.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const READ_OTHERS = sameScopes(['User.ReadBasic.All', ...DIR_ALL]);
const READ_SELF: Permission = {
  delegated: ['User.Read', 'User.ReadWrite', ...READ_OTHERS.delegated],
  app: [],
};
const READ_RELATIONS = sameScopes(DIR_ALL);
const READ_MEMBERS = sameScopes(['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All']);

const missing = (id: string) =>
  notFound(
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    'Request_ResourceNotFound',
  );

export function renderUser(u: UserRec, select?: string, typed = false): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: u.id,
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    jobTitle: u.jobTitle,
    mail: u.userPrincipalName,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    userPrincipalName: u.userPrincipalName,
    department: u.department,
    accountEnabled: true,
    employeeId: null,
    companyName: 'Contoso Kommune',
    usageLocation: 'DK',
  };
  const props = select ? select.split(',').map((s) => s.trim()) : DEFAULT_PROPS;
  const out: Record<string, unknown> = typed ? { '@odata.type': '#microsoft.graph.user' } : {};
  for (const p of props) if (p in full) out[p] = full[p];
  return out;
}

function renderGroup(g: GroupRec, typed = false): Record<string, unknown> {
  return {
    ...(typed ? { '@odata.type': '#microsoft.graph.group' } : {}),
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    mail: g.mail,
    mailEnabled: true,
    mailNickname: g.mailNickname,
    securityEnabled: true,
    groupTypes: [],
  };
}

export function findUser(ctx: Ctx, idOrUpn: string): UserRec | undefined {
  return (
    ctx.store.get('user', idOrUpn, userRec) ?? ctx.store.byTag('user', idOrUpn.toLowerCase(), userRec)[0]
  );
}

/** The user a /users/{id}/… route names (404 if none), checking the permission for self vs others. */
export function targetUser(
  ctx: Ctx,
  p: Principal,
  id: string,
  self: Permission,
  others: Permission,
): UserRec {
  const user = findUser(ctx, id);
  const isSelf = p.kind === 'user' && user?.id === p.oid;
  requirePermission(p, isSelf ? self : others);
  if (!user) throw missing(id);
  return user;
}

function simpleFilter(req: FastifyRequest): ((u: Record<string, unknown>) => boolean) | undefined {
  const f = query(req, 'filter');
  if (!f) return undefined;
  const m = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(f);
  if (!m?.[1]) throw badRequest(`Invalid filter clause: ${f}`, 'Request_UnsupportedQuery');
  const [key, value] = [m[1], (m[2] ?? '').replace(/''/g, "'")];
  return (u) => String(u[key] ?? '').toLowerCase() === value.toLowerCase();
}

export function registerUsers(app: FastifyInstance, ctx: Ctx): void {
  const ctxUrl = (what: string) => `${ctx.baseUrl()}/v1.0/$metadata#${what}`;
  const who = async (req: FastifyRequest) => authenticate(ctx, req);
  const userOfRoute = async (req: FastifyRequest, self: Permission, others: Permission): Promise<UserRec> => {
    const p = await who(req);
    if (req.url.startsWith('/v1.0/me')) {
      const me = signedInUser(p);
      requirePermission(p, self);
      return me;
    }
    return targetUser(ctx, p, param(req, 'id'), self, others);
  };
  const list = (req: FastifyRequest, reply: FastifyReply, what: string, items: Record<string, unknown>[]) => {
    const filter = simpleFilter(req);
    const { value, nextLink } = page(req, ctx, filter ? items.filter(filter) : items, 100);
    return sendJson(reply, 200, {
      '@odata.context': ctxUrl(what),
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
      value,
    });
  };

  for (const prefix of ['/v1.0/me', '/v1.0/users/:id']) {
    app.get(prefix, async (req, reply) => {
      const u = await userOfRoute(req, READ_SELF, READ_OTHERS);
      return sendJson(reply, 200, {
        '@odata.context': ctxUrl('users/$entity'),
        ...renderUser(u, query(req, 'select')),
      });
    });
    app.get(`${prefix}/manager`, async (req, reply) => {
      const u = await userOfRoute(req, READ_SELF, READ_RELATIONS);
      const manager = u.managerId ? ctx.store.get('user', u.managerId, userRec) : undefined;
      if (!manager) throw missing('manager');
      return sendJson(reply, 200, {
        '@odata.context': ctxUrl('directoryObjects/$entity'),
        ...renderUser(manager, query(req, 'select'), true),
      });
    });
    app.get(`${prefix}/directReports`, async (req, reply) => {
      const u = await userOfRoute(req, READ_SELF, READ_RELATIONS);
      const reports = ctx.store
        .list('user', u.id, userRec)
        .map((r) => renderUser(r, query(req, 'select'), true));
      return list(req, reply, 'directoryObjects', reports);
    });
    app.get(`${prefix}/memberOf`, async (req, reply) => {
      const u = await userOfRoute(
        req,
        { delegated: ['User.Read', ...READ_MEMBERS.delegated, ...DIR_ALL], app: [] },
        { delegated: [...READ_MEMBERS.delegated, ...DIR_ALL], app: [...READ_MEMBERS.app, ...DIR_ALL] },
      );
      const groups = ctx.store.list('group', undefined, groupRec).filter((g) => g.memberIds.includes(u.id));
      return list(
        req,
        reply,
        'directoryObjects',
        groups.map((g) => renderGroup(g, true)),
      );
    });
  }

  app.get('/v1.0/users', async (req, reply) => {
    requirePermission(await who(req), READ_OTHERS);
    const expand = query(req, 'expand');
    // `$expand=manager` or `manager($select=…)`: each user's manager inline (none where there is none).
    const managerSelect = expand ? /^manager(?:\(\$select=([^)]*)\))?$/.exec(expand) : undefined;
    if (expand && !managerSelect)
      throw badRequest(`Unsupported $expand: ${expand}`, 'Request_UnsupportedQuery');
    const all = ctx.store.list('user', undefined, userRec).map((u) => {
      const rendered = renderUser(u, query(req, 'select'));
      const manager = managerSelect && u.managerId ? ctx.store.get('user', u.managerId, userRec) : undefined;
      return manager ? { ...rendered, manager: renderUser(manager, managerSelect?.[1], true) } : rendered;
    });
    return list(req, reply, 'users', all);
  });
  app.get('/v1.0/groups', async (req, reply) => {
    requirePermission(await who(req), READ_MEMBERS);
    return list(
      req,
      reply,
      'groups',
      ctx.store.list('group', undefined, groupRec).map((g) => renderGroup(g)),
    );
  });
  const group = async (req: FastifyRequest) => {
    requirePermission(await who(req), READ_MEMBERS);
    const g = ctx.store.get('group', param(req, 'id'), groupRec);
    if (!g) throw missing(param(req, 'id'));
    return g;
  };
  app.get('/v1.0/groups/:id', async (req, reply) =>
    sendJson(reply, 200, { '@odata.context': ctxUrl('groups/$entity'), ...renderGroup(await group(req)) }),
  );
  app.get('/v1.0/groups/:id/members', async (req, reply) => {
    const g = await group(req);
    const members = g.memberIds
      .map((id) => ctx.store.get('user', id, userRec))
      .filter((u): u is UserRec => u !== undefined)
      .map((u) => renderUser(u, query(req, 'select'), true));
    return list(req, reply, 'directoryObjects', members);
  });
}
