import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../http/problem';
import { signFluidToken } from '../live/token';
import { LOCAL_FLUID_TENANT, type LiveSettings } from '../live/settings';
import { ifMatchOf, type ApiContext } from './context';
import { change, conversationParams, input, route } from './schemas';

const connectionSchema = z
  .object({
    endpoint: z.string().describe('The Fluid service: Azure Fluid Relay in a tenant, the local one here'),
    tenantId: z.string(),
    local: z.boolean().describe("True for the local service (azure-client's `local` connection)"),
    containerId: z.string().nullable().describe("The conversation's container; null until one is created"),
    etag: z.string().nullable(),
  })
  .meta({ id: 'LiveConnection' });
const tokenSchema = z.object({ token: z.string(), expiresAt: z.string() });
const tokenBody = z.object({
  documentId: input.id.optional().describe('The container; absent only to create the first one'),
});
const registerBody = z.object({ containerId: input.id });

const keyOf = (conversationKey: string) => `live:${conversationKey}`;

/**
 * The live layer's door (`src/adapters/live`): where the conversation's Fluid container is, a Fluid token
 * signed for the caller and that container only, and the first container registered. Like every
 * conversation route, anyone but the two parties gets 404; a read-only (consented) leader gets no token.
 * The container holds only what both parties see (shared notes, goals); never private notes or preparation.
 */
export function liveRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const settingsOf = (request: FastifyRequest): LiveSettings => {
    if (request.access.readOnly) throw new ApiError('read_only_access');
    if (!ctx.live) throw new ApiError('live_unavailable');
    return ctx.live;
  };
  const connection = (settings: LiveSettings, doc: { etag: string; containerId: string } | undefined) => ({
    endpoint: settings.endpoint,
    tenantId: settings.tenantId,
    local: settings.tenantId === LOCAL_FLUID_TENANT,
    containerId: doc?.containerId ?? null,
    etag: doc?.etag ?? null,
  });

  const read = route('live', 'Where the live form of the meeting is', conversationParams, connectionSchema);
  api.get('/live', { schema: read }, async (request) => {
    const settings = settingsOf(request);
    const doc = await ctx.records.liveDocuments.get(keyOf(request.conversation.key));
    return connection(settings, doc && { etag: doc.etag, containerId: doc.value.containerId });
  });

  const register = change(
    'live',
    "Register the conversation's container: the first one wins (If-Match replaces a lost one)",
    conversationParams,
    connectionSchema,
  );
  api.put('/live', { schema: { ...register, body: registerBody } }, async (request) => {
    const settings = settingsOf(request);
    const { conversation, body } = request;
    const value = {
      schemaVersion: 1 as const,
      conversationId: conversation.value.id,
      containerId: body.containerId,
      createdAt: ctx.now().toISOString(),
    };
    const ifMatch = ifMatchOf(request);
    const docs = ctx.records.liveDocuments;
    const doc = ifMatch
      ? await docs.replace(keyOf(conversation.key), value, ifMatch)
      : await docs.createOnce(keyOf(conversation.key), value);
    return connection(settings, { etag: doc.etag, containerId: doc.value.containerId });
  });

  const token = change('live', 'A Fluid token for me and this container', conversationParams, tokenSchema);
  api.post('/live/token', { schema: { ...token, body: tokenBody } }, async (request) => {
    const settings = settingsOf(request);
    const { documentId } = request.body;
    if (documentId !== undefined) {
      const doc = await ctx.records.liveDocuments.get(keyOf(request.conversation.key));
      if (doc?.value.containerId !== documentId)
        throw new ApiError('not_found', 'Not the container of this conversation');
    }
    const user = { id: request.caller.userId, name: request.caller.name };
    return signFluidToken(settings, { documentId, user }, ctx.now());
  });
}
