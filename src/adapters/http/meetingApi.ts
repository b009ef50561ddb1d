import type { MeetingApiPort } from '../../application/ports/MeetingApiPort';
import { serviceClient, type MusApiOptions } from './musApi';

/**
 * The fetch implementation of {@link MeetingApiPort} on the same typed client as `musApi.ts`: the
 * conversation of a meeting, shared and private notes per topic, goals. Changes send `If-Match`.
 */
export function createMeetingApi(options: MusApiOptions): MeetingApiPort {
  const { client, call } = serviceClient(options);
  const of = (conversationId: string) => ({ path: { conversationId } });
  const ofTopic = (conversationId: string, topicId: string) => ({ path: { conversationId, topicId } });
  const ofGoal = (conversationId: string, goalId: string) => ({ path: { conversationId, goalId } });
  const meeting = '/api/meetings/{chatId}/conversation';

  return {
    conversationOfMeeting: (token, chatId) =>
      call(token, (init) => client.GET(meeting, { ...init, params: { path: { chatId } } })),
    linkMeeting: (token, chatId, conversationId, etag) =>
      call(
        token,
        (init) => client.PUT(meeting, { ...init, params: { path: { chatId } }, body: { conversationId } }),
        etag,
      ),
    notes: (token, id) =>
      call(token, (init) =>
        client.GET('/api/conversations/{conversationId}/notes', { ...init, params: of(id) }),
      ),
    writeNote: (token, id, topicId, etag, text) =>
      call(
        token,
        (init) =>
          client.PUT('/api/conversations/{conversationId}/notes/{topicId}', {
            ...init,
            params: ofTopic(id, topicId),
            body: { text },
          }),
        etag,
      ),
    privateNote: (token, id, topicId) =>
      call(token, (init) =>
        client.GET('/api/conversations/{conversationId}/private-notes/{topicId}', {
          ...init,
          params: ofTopic(id, topicId),
        }),
      ),
    writePrivateNote: (token, id, topicId, etag, text) =>
      call(
        token,
        (init) =>
          client.PUT('/api/conversations/{conversationId}/private-notes/{topicId}', {
            ...init,
            params: ofTopic(id, topicId),
            body: { text },
          }),
        etag,
      ),
    goals: (token, id) =>
      call(token, (init) =>
        client.GET('/api/conversations/{conversationId}/goals', { ...init, params: of(id) }),
      ),
    addGoal: (token, id, body) =>
      call(token, (init) =>
        client.POST('/api/conversations/{conversationId}/goals', { ...init, params: of(id), body }),
      ),
    editGoal: (token, id, goalId, etag, body) =>
      call(
        token,
        (init) =>
          client.PUT('/api/conversations/{conversationId}/goals/{goalId}', {
            ...init,
            params: ofGoal(id, goalId),
            body,
          }),
        etag,
      ),
    agreeGoal: (token, id, goalId, etag) =>
      call(
        token,
        (init) =>
          client.POST('/api/conversations/{conversationId}/goals/{goalId}/agree', {
            ...init,
            params: ofGoal(id, goalId),
            body: {},
          }),
        etag,
      ),
  };
}
