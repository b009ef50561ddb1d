import type { HrApiPort } from '../../application/ports/HrApiPort';
import type { serviceClient } from './musApi';

/** The HR calls of the MUS API (`/api/hr/…`) over the service's typed client (`musApi.ts`). */
export function hrApi({ client, call }: ReturnType<typeof serviceClient>): HrApiPort {
  return {
    hrOverview: (token) => call(token, (init) => client.GET('/api/hr/overview', init)),
    hrMusTest: (token) => call(token, (init) => client.GET('/api/hr/aggregates/mus-test', init)),
    hrEvaluations: (token, query) =>
      call(token, (init) => client.GET('/api/hr/aggregates/evaluations', { ...init, params: { query } })),
  };
}
