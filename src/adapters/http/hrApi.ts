import type { HrApiPort } from '../../application/ports/HrApiPort';
import type { serviceClient } from './musApi';

/**
 * The HR calls of the MUS API (`/api/hr/…`) over the service's typed client (`musApi.ts`), each a read of
 * whole lists, with the longer timeout.
 */
export function hrApi({ client, wholeListRead: call }: ReturnType<typeof serviceClient>): HrApiPort {
  const query = (lang: 'da' | 'en') => ({ query: { lang } });
  return {
    hrOverview: (token) => call(token, (init) => client.GET('/api/hr/overview', init)),
    hrMusTest: (token) => call(token, (init) => client.GET('/api/hr/aggregates/mus-test', init)),
    hrEvaluations: (token, query) =>
      call(token, (init) => client.GET('/api/hr/aggregates/evaluations', { ...init, params: { query } })),
    hrNeeds: (token) => call(token, (init) => client.GET('/api/hr/aggregates/needs', init)),
    hrRoundRatings: (token) =>
      call(token, (init) => client.GET('/api/hr/aggregates/evaluations/rounds', init)),
    hrFile: (token, file, lang) =>
      call(token, (init) => {
        const options = { ...init, params: query(lang), parseAs: 'blob' as const };
        if (file === 'csv') return client.GET('/api/hr/overview.csv', options);
        if (file === 'xlsx') return client.GET('/api/hr/overview.xlsx', options);
        return client.GET('/api/hr/su-report.pdf', options);
      }),
  };
}
