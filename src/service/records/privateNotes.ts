/**
 * Private notes live in the author's own OneDrive app folder (`/me/drive/special/approot`), reached with
 * an on-behalf-of Graph token of the author. The service keeps no copy, so nobody but the author (not the
 * other party, not HR, not an administrator of the MUS site) can read them through MUS.
 */
import { z } from 'zod';
import type { Caller } from '../auth/tokenValidator';
import { ApiError } from '../http/problem';

export interface PrivateNote {
  readonly text: string;
  readonly etag: string;
}

export interface PrivateNotesStore {
  read(caller: Caller, conversationId: string): Promise<PrivateNote | undefined>;
  /** Writes when `ifMatch` is the current eTag, or `*`-less create when there is none (`ifMatch` undefined). */
  write(
    caller: Caller,
    conversationId: string,
    text: string,
    ifMatch: string | undefined,
  ): Promise<PrivateNote>;
}

/** Graph on behalf of the caller: one request, parsed JSON (or text) back. */
export type UserGraph = (
  caller: Caller,
  request: { method: 'GET' | 'PUT'; path: string; body?: string; headers?: Record<string, string> },
) => Promise<{ status: number; body: unknown }>;

const itemSchema = z.object({ eTag: z.string() });
const noteFileSchema = z.object({ schemaVersion: z.literal(1), text: z.string() });

export function oneDrivePrivateNotes(graph: UserGraph): PrivateNotesStore {
  const path = (conversationId: string) =>
    `/me/drive/special/approot:/mus/${encodeURIComponent(conversationId)}.json:`;

  async function current(caller: Caller, conversationId: string): Promise<string | undefined> {
    const r = await graph(caller, { method: 'GET', path: path(conversationId) });
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new ApiError('upstream_unavailable', `OneDrive answered ${r.status}`);
    return itemSchema.parse(r.body).eTag;
  }

  return {
    async read(caller, conversationId) {
      const etag = await current(caller, conversationId);
      if (!etag) return undefined;
      const r = await graph(caller, { method: 'GET', path: `${path(conversationId)}/content` });
      if (r.status !== 200) throw new ApiError('upstream_unavailable', `OneDrive answered ${r.status}`);
      const raw = typeof r.body === 'string' ? JSON.parse(r.body) : r.body;
      return { text: noteFileSchema.parse(raw).text, etag };
    },
    async write(caller, conversationId, text, ifMatch) {
      const etag = await current(caller, conversationId);
      if (etag !== ifMatch) {
        const note = await this.read(caller, conversationId);
        throw new ApiError('stale_record', 'The private note was changed elsewhere', {
          current: note ?? null,
        });
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (etag) headers['if-match'] = etag;
      const r = await graph(caller, {
        method: 'PUT',
        path: `${path(conversationId)}/content`,
        body: JSON.stringify({ schemaVersion: 1, text }),
        headers,
      });
      if (r.status === 412) throw new ApiError('stale_record', 'The private note was changed elsewhere');
      if (r.status !== 200 && r.status !== 201)
        throw new ApiError('upstream_unavailable', `OneDrive answered ${r.status}`);
      return { text, etag: itemSchema.parse(r.body).eTag };
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
      if (existing?.etag !== ifMatch)
        throw new ApiError('stale_record', 'Changed elsewhere', { current: existing ?? null });
      const note = { text, etag: `"p${++n}"` };
      notes.set(`${caller.userId}/${id}`, note);
      return note;
    },
  };
}
