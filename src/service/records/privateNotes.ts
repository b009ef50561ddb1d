/**
 * Private notes live in the author's own OneDrive app folder (`/me/drive/special/approot`), reached with
 * an on-behalf-of Graph token of the author. The service keeps no copy, so nobody but the author (not the
 * other party, not HR, not an administrator of the MUS site) can read them through MUS.
 */
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import type { GraphConnection } from '../graph/client';
import { graphFailure } from '../graph/client';
import { PrivateNoteConflictError, UpstreamError } from './errors';

export interface PrivateNote {
  readonly text: string;
  readonly etag: string;
}

export interface PrivateNotesStore {
  read(caller: Caller, conversationId: string): Promise<PrivateNote | undefined>;
  /**
   * Writes when `ifMatch` is the current eTag, or creates when there is none (`ifMatch` undefined); otherwise
   * throws {@link PrivateNoteConflictError} with the note as it is now, and nothing changes.
   */
  write(
    caller: Caller,
    conversationId: string,
    text: string,
    ifMatch: string | undefined,
  ): Promise<PrivateNote>;
  /** Deletes the caller's note (retention, `jobs/privateNotesRetention.ts`); nothing when there is none. */
  delete(caller: Caller, conversationId: string): Promise<void>;
}

/** Graph on behalf of the caller (the author): `graph.forUser(caller.token, caller.userId)` of the factory. */
export type GraphForCaller = (caller: Caller) => GraphConnection;

const itemSchema = z.object({ eTag: z.string() });
const noteFileSchema = z.object({ schemaVersion: z.literal(1), text: z.string() });

/** Runs one OneDrive call: a 404 is `undefined`, a 412 a conflict (`onStale`), any other failure upstream. */
async function oneDrive<T>(run: () => Promise<T>, onStale?: () => Promise<never>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const failure = graphFailure(error);
    if (failure?.status === 404) return undefined;
    if (failure?.status === 412 && onStale) return onStale();
    if (failure) throw new UpstreamError(`OneDrive answered ${failure.status}`, { cause: error });
    throw error;
  }
}

export function oneDrivePrivateNotes(graphFor: GraphForCaller): PrivateNotesStore {
  const path = (conversationId: string) =>
    `/me/drive/special/approot:/mus/${encodeURIComponent(conversationId)}.json:`;

  async function current(graph: GraphConnection, conversationId: string): Promise<string | undefined> {
    const item = await oneDrive(() => graph.client.api(path(conversationId)).get());
    return item === undefined ? undefined : itemSchema.parse(item).eTag;
  }

  async function read(caller: Caller, conversationId: string): Promise<PrivateNote | undefined> {
    const graph = graphFor(caller);
    const etag = await current(graph, conversationId);
    if (!etag) return undefined;
    const body: unknown = await oneDrive(() => graph.client.api(`${path(conversationId)}/content`).get());
    if (body === undefined) return undefined;
    const raw: unknown = typeof body === 'string' ? JSON.parse(body) : body;
    return { text: noteFileSchema.parse(raw).text, etag };
  }

  const conflict = async (caller: Caller, conversationId: string): Promise<never> => {
    throw new PrivateNoteConflictError((await read(caller, conversationId)) ?? null);
  };

  return {
    read,
    async write(caller, conversationId, text, ifMatch) {
      const graph = graphFor(caller);
      const etag = await current(graph, conversationId);
      if (etag !== ifMatch) return conflict(caller, conversationId);
      const request = graph.client
        .api(`${path(conversationId)}/content`)
        .header('content-type', 'application/json');
      if (etag) request.header('if-match', etag);
      const written = await oneDrive(
        () => request.put(JSON.stringify({ schemaVersion: 1, text })),
        () => conflict(caller, conversationId),
      );
      if (written === undefined) throw new UpstreamError('OneDrive answered 404 to a write');
      return { text, etag: itemSchema.parse(written).eTag };
    },
    async delete(caller, conversationId) {
      const graph = graphFor(caller);
      await oneDrive(() => graph.client.api(path(conversationId)).delete());
    },
  };
}

/** In-memory private notes keyed by author, for unit tests. */
export function memoryPrivateNotes(): PrivateNotesStore {
  const notes = new Map<string, PrivateNote>();
  let n = 0;
  return {
    async read(caller, id) {
      return notes.get(`${caller.userId}/${id}`);
    },
    async write(caller, id, text, ifMatch) {
      const existing = notes.get(`${caller.userId}/${id}`);
      if (existing?.etag !== ifMatch) throw new PrivateNoteConflictError(existing ?? null);
      const note = { text, etag: `"p${++n}"` };
      notes.set(`${caller.userId}/${id}`, note);
      return note;
    },
    async delete(caller, id) {
      notes.delete(`${caller.userId}/${id}`);
    },
  };
}
