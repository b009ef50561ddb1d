/**
 * The live layer: a shared map per conversation that both parties' side panels join, so each sees the other's
 * typing within a couple of seconds. It holds only what both may see (shared notes per topic, the goals'
 * text), never a private note or an unsubmitted preparation. Adapters implement it (src/adapters/live, Fluid
 * Framework); use cases only see this interface.
 */

/** One shared field's value in the live map, and who wrote it last (the MUS user id). */
export interface LiveValue {
  readonly text: string;
  readonly by: string;
  /** For a note's save notice: the record's eTag of this text. */
  readonly etag?: string;
}

/** A joined live map of one conversation. */
export interface LiveSession {
  /** The caller's own user id, as it appears in {@link LiveValue.by}. */
  readonly me: string;
  /** True while the session reaches the service and is caught up (edits go out at once). */
  readonly connected: boolean;
  /** The value of a field, if anyone wrote one. */
  get(key: string): LiveValue | undefined;
  /** Every field with a value. */
  keys(): string[];
  /** Writes a field (as {@link me}), with the record's eTag of a save notice; call only while connected. */
  set(key: string, text: string, etag?: string): void;
  /** Another party's write, with the field's key. Returns the unsubscribe. */
  onRemote(listener: (key: string, value: LiveValue) => void): () => void;
  /** Connected or not (the network went, came back). Returns the unsubscribe. */
  onConnection(listener: (connected: boolean) => void): () => void;
  /** Everything written so far has reached the service. Returns the unsubscribe. */
  onSaved(listener: () => void): () => void;
  /** Leaves the session. */
  close(): void;
}

/** Why there is no live session (the form still works from the local draft and the record). */
export type LiveFailure = 'unavailable' | 'refused' | 'unreachable';

export type LiveJoin =
  { readonly ok: true; readonly session: LiveSession } | { readonly ok: false; readonly reason: LiveFailure };

/** Joins the live map of a conversation (creates it the first time). Never rejects. */
export interface LivePort {
  join(conversationId: string): Promise<LiveJoin>;
}

/** One field of the local draft: what is on screen, and the shared text it was typed on top of. */
export interface DraftField {
  readonly text: string;
  readonly base: string;
}

/** The local draft of a conversation's shared fields: survives a reload, time offline and a closed panel. */
export interface DraftPort {
  load(conversationId: string): Record<string, DraftField>;
  save(conversationId: string, fields: Record<string, DraftField>): void;
}
