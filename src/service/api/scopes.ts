import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../http/problem';
import type { ApiContext } from './context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A change route that a read-only (consented) leader may call; none does today. Writes are refused by default. */
    readOnlyAllowed?: boolean;
  }
}

/** Reads after which the manager is asked again, without the directory's cache (like every write). */
const SENSITIVE_READS = new Set(['preparation', 'notes', 'private-note', 'private-notes', 'conclusion']);

/** The routes that change the conversation record itself (`api/conversations.ts`): they read it fresh. */
const CONVERSATION_CHANGES = new Set(['agenda', 'status', 'handover']);

/** What the caller does, for the audit list: the route's first segment after the conversation id. */
function actionOf(request: FastifyRequest, prefix: string): string {
  const rest = (request.routeOptions.url ?? '').slice(prefix.length);
  return rest.split('/').find((segment) => segment.length > 0) ?? 'read';
}

export const CONVERSATION_PREFIX = '/api/conversations/:conversationId';

/**
 * The scope of every `/api/conversations/:conversationId/…` route. Its `preHandler` loads the conversation
 * and the caller's standing once: a conversation that does not exist and one the caller is no party to are
 * the same 404; every change (any method but GET) is refused to a read-only party unless the route opts out
 * (`config.readOnlyAllowed`); writes and sensitive reads ask the directory without its cache.
 */
export function conversationScope(ctx: ApiContext, routes: readonly RouteModule[]) {
  return async (scope: FastifyInstance) => {
    scope.addHook('preHandler', async (request) => {
      const { conversationId } = request.params as { conversationId: string };
      const action = actionOf(request, CONVERSATION_PREFIX);
      // The routes under the conversation check against this instance's copy (`cachedRecordStore.ts`);
      // reading the conversation itself and changing it ask SharePoint.
      const cached = action !== 'read' && !CONVERSATION_CHANGES.has(action);
      const conversation = await ctx.records.conversations.get(conversationId, { cached });
      if (!conversation) throw new ApiError('not_found');
      const write = request.method !== 'GET';
      const access = await ctx.policy.conversationAccess(request.caller, conversation.value, action, {
        fresh: write || SENSITIVE_READS.has(action),
      });
      if (write && !request.routeOptions.config.readOnlyAllowed) ctx.policy.requireWritable(access);
      if (write) ctx.policy.requireGroupMemberWrite(access, action);
      request.conversation = conversation;
      request.access = access;
    });
    routes.forEach((register) => register(scope, ctx));
  };
}

/** A module of routes (`noteRoutes`, …): it registers its routes on the scope it is given. */
export type RouteModule = (scope: FastifyInstance, ctx: ApiContext) => void;

/** The scope of every `/api/hr/…` route: HR (members of the configured group) only, checked once. */
export function hrScope(ctx: ApiContext, routes: readonly RouteModule[]) {
  return async (scope: FastifyInstance) => {
    scope.addHook('preHandler', async (request) => ctx.policy.requireHr(request.caller));
    routes.forEach((register) => register(scope, ctx));
  };
}
