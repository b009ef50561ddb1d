/** Teams: meeting chats, apps installed in them and their tabs; activity feed notifications (recorded). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from './auth';
import { authenticate, requirePermission } from './auth';
import type { Ctx } from './context';
import { param, parseBody, query, sendJson } from './context';
import { badRequest, forbidden, GraphError } from './errors';
import { findChat } from './eventsModel';
import { newGuid, TENANT_ID } from './ids';
import { chatAppRec, chatTabRec, userRec } from './records';
import { activityNotification, installApp, tabCreate } from './schemas';
import { findUser } from './users';

/**
 * Permissions on one Teams resource by their names after "<resource>."; the application form of a
 * chat-scoped one is named "…ForChat.All", the others keep their name.
 */
const teams = (resource: string, names: string[]): Permission => {
  const delegated = names.map((name) => `${resource}.${name}`);
  const app = delegated.map((scope) => (scope.endsWith('ForChat') ? `${scope}.All` : scope));
  return { delegated, app, code: 'Forbidden' };
};
const APPS = [
  'ReadWriteForChat',
  'ReadWriteSelfForChat',
  'ReadWriteAndConsentForChat',
  'ReadWriteAndConsentSelfForChat',
];
const APPS_WRITE = teams('TeamsAppInstallation', APPS);
const APPS_READ = teams('TeamsAppInstallation', ['ReadForChat', ...APPS]);
const TABS = ['Create', 'ReadWriteForChat', 'ReadWriteSelfForChat', 'ReadWrite.All'];
const TABS_WRITE = teams('TeamsTab', TABS);
const TABS_READ = teams('TeamsTab', ['Read.All', ...TABS]);
const CHAT_READ: Permission = {
  delegated: [
    'Chat.ReadBasic',
    'Chat.Read',
    'Chat.ReadWrite',
    ...APPS_READ.delegated,
    ...TABS_READ.delegated,
  ],
  app: ['Chat.ReadBasic.All', 'Chat.Read.All', 'Chat.ReadWrite.All'],
  code: 'Forbidden',
};
const NOTIFY = teams('TeamsActivity', ['Send']);

const appIdOf = (bind: string) => bind.split('/').at(-1) ?? '';

export function registerChats(app: FastifyInstance, ctx: Ctx): void {
  const chatOf = async (req: FastifyRequest, perm: Permission) => {
    const p = await authenticate(ctx, req);
    requirePermission(p, perm);
    const chat = findChat(ctx.store, param(req, 'chatId'));
    if (!chat) throw new GraphError(404, 'NotFound', `Chat ${param(req, 'chatId')} was not found.`);
    if (p.kind === 'user' && !chat.memberIds.includes(p.oid))
      throw forbidden('Forbidden', 'The caller is not a member of this chat.');
    return chat;
  };
  const meta = (what: string) => `${ctx.baseUrl()}/v1.0/$metadata#${what}`;

  app.get('/v1.0/chats/:chatId', async (req, reply) => {
    const chat = await chatOf(req, CHAT_READ);
    const organizer = ctx.store.get('user', chat.organizerId, userRec);
    return sendJson(reply, 200, {
      id: chat.id,
      topic: chat.topic,
      createdDateTime: chat.createdDateTime,
      chatType: 'meeting',
      tenantId: TENANT_ID,
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${TENANT_ID}`,
      onlineMeetingInfo: {
        calendarEventId: chat.calendarEventId,
        joinWebUrl: chat.joinWebUrl,
        organizer: {
          id: chat.organizerId,
          displayName: organizer?.displayName ?? null,
          userIdentityType: 'aadUser',
        },
      },
    });
  });

  const renderApp = (a: { id: string; teamsAppId: string }, expand: string) => ({
    id: a.id,
    ...(/teamsApp(?!Definition)/.test(expand)
      ? {
          teamsApp: {
            id: a.teamsAppId,
            externalId: null,
            displayName: 'MUS',
            distributionMethod: 'organization',
          },
        }
      : {}),
    ...(/teamsAppDefinition/.test(expand)
      ? {
          teamsAppDefinition: {
            id: Buffer.from(a.teamsAppId).toString('base64url'),
            teamsAppId: a.teamsAppId,
            displayName: 'MUS',
            version: '1.0.0',
          },
        }
      : {}),
  });
  app.get('/v1.0/chats/:chatId/installedApps', async (req, reply) => {
    const chat = await chatOf(req, APPS_READ);
    let apps = ctx.store.list('chatApp', chat.id, chatAppRec);
    const f = query(req, 'filter');
    if (f) {
      const m = /^\s*teamsApp\/id\s+eq\s+'([^']*)'\s*$/i.exec(f);
      if (!m) throw badRequest(`Invalid filter clause: ${f}`);
      apps = apps.filter((a) => a.teamsAppId === m[1]);
    }
    return sendJson(reply, 200, {
      '@odata.context': meta(`chats('${chat.id}')/installedApps`),
      value: apps.map((a) => renderApp(a, query(req, 'expand') ?? '')),
    });
  });
  app.post('/v1.0/chats/:chatId/installedApps', async (req, reply) => {
    const chat = await chatOf(req, APPS_WRITE);
    const body = parseBody(installApp, req.body, 'microsoft.graph.teamsAppInstallation');
    const teamsAppId = appIdOf(body['teamsApp@odata.bind']);
    if (ctx.store.list('chatApp', chat.id, chatAppRec).some((a) => a.teamsAppId === teamsAppId)) {
      throw new GraphError(409, 'Conflict', 'The app is already installed in this chat.');
    }
    const rec = {
      id: Buffer.from(`${chat.id}##${teamsAppId}`).toString('base64url'),
      chatId: chat.id,
      teamsAppId,
    };
    ctx.store.put('chatApp', rec.id, rec, { parent: chat.id });
    return reply.code(201).send();
  });

  app.get('/v1.0/chats/:chatId/tabs', async (req, reply) => {
    const chat = await chatOf(req, TABS_READ);
    const tabs = ctx.store.list('chatTab', chat.id, chatTabRec).map(({ chatId: _c, teamsAppId, ...t }) => ({
      ...t,
      ...(/teamsApp/.test(query(req, 'expand') ?? '') ? { teamsApp: { id: teamsAppId } } : {}),
    }));
    return sendJson(reply, 200, { '@odata.context': meta(`chats('${chat.id}')/tabs`), value: tabs });
  });
  app.post('/v1.0/chats/:chatId/tabs', async (req, reply) => {
    const chat = await chatOf(req, TABS_WRITE);
    const body = parseBody(tabCreate, req.body, 'microsoft.graph.teamsTab');
    const teamsAppId = appIdOf(body['teamsApp@odata.bind']);
    if (!ctx.store.list('chatApp', chat.id, chatAppRec).some((a) => a.teamsAppId === teamsAppId)) {
      throw badRequest('The app must be installed in the chat before a tab of it can be added.');
    }
    const id = newGuid();
    const rec = {
      id,
      chatId: chat.id,
      displayName: body.displayName,
      teamsAppId,
      configuration: { entityId: null, websiteUrl: null, removeUrl: null, ...body.configuration },
      webUrl: `https://teams.microsoft.com/l/entity/${teamsAppId}/_djb2_msteams_prefix_${id}?webUrl=&label=${encodeURIComponent(body.displayName)}`,
    };
    ctx.store.put('chatTab', id, rec, { parent: chat.id });
    const { chatId: _c, teamsAppId: _t, ...out } = rec;
    return sendJson(reply, 201, { '@odata.context': meta(`chats('${chat.id}')/tabs/$entity`), ...out });
  });

  app.post('/v1.0/users/:id/teamwork/sendActivityNotification', async (req, reply) => {
    const p = await authenticate(ctx, req);
    requirePermission(p, NOTIFY);
    const recipient = findUser(ctx, param(req, 'id'));
    if (!recipient) throw new GraphError(404, 'NotFound', `User ${param(req, 'id')} was not found.`);
    const body = parseBody(activityNotification, req.body, 'microsoft.graph.sendActivityNotification');
    if (body.topic.source === 'text' && !body.topic.webUrl)
      throw badRequest('topic.webUrl is required when topic.source is text.');
    const rec = {
      id: newGuid(),
      recipientId: recipient.id,
      senderId: p.oid,
      appId: p.appId,
      sentDateTime: ctx.now().toISOString(),
      body,
    };
    ctx.store.put('notification', rec.id, rec, { parent: recipient.id });
    return reply.code(204).send();
  });
}
