import type { GroupApiPort } from '../../application/ports/GroupApiPort';
import type { serviceClient } from './musApi';

/** The group calls of the MUS API (GRUS) over the service's typed client (`musApi.ts`). */
export function groupApi({ client, call }: ReturnType<typeof serviceClient>): GroupApiPort {
  const round = (roundId: string) => ({ path: { roundId } });
  return {
    groups: (token, roundId) =>
      call(token, (init) => client.GET('/api/rounds/{roundId}/groups', { ...init, params: round(roundId) })),
    createGroup: (token, roundId, body) =>
      call(token, (init) =>
        client.POST('/api/rounds/{roundId}/groups', { ...init, params: round(roundId), body }),
      ),
    proposeTime: (token, roundId, conversationId) =>
      call(token, (init) =>
        client.GET('/api/rounds/{roundId}/groups/proposal', {
          ...init,
          params: { ...round(roundId), query: { conversationId } },
        }),
      ),
    bookSlots: (token, roundId, slots) =>
      call(token, (init) =>
        client.POST('/api/rounds/{roundId}/booking', { ...init, params: round(roundId), body: { slots } }),
      ),
    askForIndividual: (token, groupId) =>
      call(token, (init) =>
        client.POST('/api/conversations/{conversationId}/individual', {
          ...init,
          params: { path: { conversationId: groupId } },
        }),
      ),
  };
}
