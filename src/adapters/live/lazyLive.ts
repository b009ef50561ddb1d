import type { AccessTokenPort } from '../../application/ports/AccessTokenPort';
import type { LivePort } from '../../application/ports/LivePort';
import { createLiveApi } from './liveApi';

/**
 * The live port for a page's composition root: Fluid Framework is fetched only when a side panel joins its
 * live map (a separate `live` chunk), so it is not part of the page's first JavaScript.
 */
export function createLazyLivePort(options: { baseUrl: string; accessToken: AccessTokenPort }): LivePort {
  const api = createLiveApi(options);
  return {
    async join(conversationId) {
      try {
        const { joinFluid } = await import(/* webpackChunkName: "live" */ './fluidLive');
        return await joinFluid(api, conversationId);
      } catch {
        return { ok: false, reason: 'unreachable' };
      }
    },
  };
}
