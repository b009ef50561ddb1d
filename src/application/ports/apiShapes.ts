/**
 * How the API ports name the MUS API's shapes (from `paths` in `musApi.generated.ts`) and the three forms of
 * a call on a conversation's path (token, conversation id, its own arguments): a read, a change of the version read, a write that is the first one when
 * no version was read. Types only.
 */
import type { MusApiResult } from './MusApiPort';

/** The JSON body of a response or request. */
export type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** What an operation answers with 200. */
export type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;
/** What an operation takes as its body. */
export type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** A call on a conversation's path: the caller's token, the conversation's id, then the call's own arguments. */
export type OnConversation<Args extends unknown[], R> = (
  accessToken: string,
  conversationId: string,
  ...args: Args
) => Promise<MusApiResult<R>>;
/** A read on the conversation's path (`GET …`). */
export type Read<R> = OnConversation<[], R>;
/** A change of the version `etag` read of a record of the conversation; a stale `etag` is refused (412). */
export type Change<C, R> = OnConversation<[etag: string, change: C], R>;
/** A write of a record of the conversation: `etag` of the version read, none for the first write. */
export type Write<C, R> = OnConversation<[etag: string | undefined, change: C], R>;
