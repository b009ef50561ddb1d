import type { ConclusionApiPort } from '../../application/ports/ConclusionApiPort';
import { serviceClient, type MusApiOptions } from './musApi';

/**
 * The fetch implementation of {@link ConclusionApiPort} on the same typed client as `musApi.ts`: the joint
 * conclusion, signing, amending, filing, and its PDF (a Blob). Changes send `If-Match`.
 */
export function createConclusionApi(options: MusApiOptions): ConclusionApiPort {
  const { client, call } = serviceClient(options);
  const params = (conversationId: string) => ({ path: { conversationId } });
  const base = '/api/conversations/{conversationId}/conclusion';
  return {
    conclusion: (token, id) => call(token, (init) => client.GET(base, { ...init, params: params(id) })),
    writeConclusion: (token, id, etag, body) =>
      call(token, (init) => client.PUT(base, { ...init, params: params(id), body }), etag),
    signConclusion: (token, id, etag) =>
      call(token, (init) => client.POST(`${base}/sign`, { ...init, params: params(id) }), etag),
    amendConclusion: (token, id, etag, reason) =>
      call(
        token,
        (init) => client.POST(`${base}/amend`, { ...init, params: params(id), body: { reason } }),
        etag,
      ),
    fileConclusion: (token, id, etag, consentToPersonnelFile) =>
      call(
        token,
        (init) =>
          client.PUT(`${base}/consent`, { ...init, params: params(id), body: { consentToPersonnelFile } }),
        etag,
      ),
    conclusionPdf: (token, id, lang) =>
      call(token, (init) =>
        client.GET(`${base}/pdf`, {
          ...init,
          params: { path: { conversationId: id }, query: { lang } },
          parseAs: 'blob',
        }),
      ),
  };
}
