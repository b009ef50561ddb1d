import type { ConceptApiPort } from '../../application/ports/ConceptApiPort';
import type { serviceClient } from './musApi';

/** HR's concept drafts in the MUS API (`/api/hr/concept-drafts/…`) over the service's typed client. */
export function conceptApi({ client, call }: ReturnType<typeof serviceClient>): ConceptApiPort {
  const on = (conceptKey: string) => ({ params: { path: { conceptKey } } });
  return {
    conceptUnits: (token) => call(token, (init) => client.GET('/api/hr/concept-units', init)),
    conceptDraft: (token, key) =>
      call(token, (init) => client.GET('/api/hr/concept-drafts/{conceptKey}', { ...init, ...on(key) })),
    startConceptDraft: (token, key, etag, from) =>
      call(
        token,
        (init) =>
          client.POST('/api/hr/concept-drafts/{conceptKey}/start', { ...init, ...on(key), body: { from } }),
        etag,
      ),
    saveConceptDraft: (token, key, etag, body) =>
      call(
        token,
        (init) => client.PUT('/api/hr/concept-drafts/{conceptKey}', { ...init, ...on(key), body }),
        etag,
      ),
    previewConceptDraft: (token, key) =>
      call(token, (init) =>
        client.GET('/api/hr/concept-drafts/{conceptKey}/preview', { ...init, ...on(key) }),
      ),
    publishConceptDraft: (token, key, etag) =>
      call(
        token,
        (init) => client.POST('/api/hr/concept-drafts/{conceptKey}/publish', { ...init, ...on(key) }),
        etag,
      ),
  };
}
