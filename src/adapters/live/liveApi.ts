import createClient from 'openapi-fetch';
import type { AccessTokenPort } from '../../application/ports/AccessTokenPort';
import type { paths } from '../../application/ports/musApi.generated';

type LivePath = paths['/api/conversations/{conversationId}/live'];
/** Where the conversation's live map is: the Fluid service, and its container once one exists. */
export type LiveConnection = LivePath['get']['responses'][200]['content']['application/json'];

/** The MUS service's live door (`src/service/api/live.ts`); each call throws when it gets no answer. */
export interface LiveApi {
  connection(conversationId: string): Promise<LiveConnection>;
  /** Registers a new container; answers the registered one (the first wins). */
  register(conversationId: string, containerId: string, replacing?: string): Promise<LiveConnection>;
  /** A Fluid token for the caller, for that container (or, without one, to create it). */
  token(conversationId: string, documentId: string | undefined): Promise<string>;
}

export class LiveApiError extends Error {
  constructor(readonly status: number) {
    super(`The MUS service answered ${status}`);
  }
}

/** The live door over fetch, with the caller's MUS token (the page's origin serves `/api`). */
export function createLiveApi(options: { baseUrl: string; accessToken: AccessTokenPort }): LiveApi {
  const client = createClient<paths>({ baseUrl: new URL(options.baseUrl).origin });
  const headers = async (extra: Record<string, string> = {}) => {
    const token = await options.accessToken.getAccessToken();
    if (!token.ok) throw new LiveApiError(401);
    return { authorization: `Bearer ${token.token}`, accept: 'application/json', ...extra };
  };
  const path = (conversationId: string) => ({ path: { conversationId } });
  const ok = <T>({ data, response }: { data?: T; response: Response }): T => {
    if (!response.ok || data === undefined) throw new LiveApiError(response.status);
    return data;
  };
  return {
    connection: async (conversationId) =>
      ok(
        await client.GET('/api/conversations/{conversationId}/live', {
          headers: await headers(),
          params: path(conversationId),
        }),
      ),
    register: async (conversationId, containerId, replacing) =>
      ok(
        await client.PUT('/api/conversations/{conversationId}/live', {
          headers: await headers(replacing ? { 'if-match': replacing } : {}),
          params: path(conversationId),
          body: { containerId },
        }),
      ),
    token: async (conversationId, documentId) =>
      ok(
        await client.POST('/api/conversations/{conversationId}/live/token', {
          headers: await headers(),
          params: path(conversationId),
          body: documentId ? { documentId } : {},
        }),
      ).token,
  };
}
