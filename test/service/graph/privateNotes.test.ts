import type { Caller } from '../../../src/service/auth/tokenValidator';
import { PrivateNoteConflictError, UpstreamError } from '../../../src/service/records/errors';
import { oneDrivePrivateNotes } from '../../../src/service/records/privateNotes';
import { cannedConnection, json } from './cannedTerminal';

const mette: Caller = { userId: 'oid-mette', tenantId: 't', name: 'Mette', token: 'api-token-of-mette' };
const notFound = () => json(404, { error: { code: 'itemNotFound', message: 'none' } });

describe('private notes in OneDrive on the one Graph client', () => {
  it('writes a new note with no If-Match, then reads it back through the caller’s own connection', async () => {
    const files = new Map<string, string>();
    const callers: string[] = [];
    const { connection, terminal } = cannedConnection((request) => {
      const key = request.path.replace(/\/content$/, '');
      if (request.method === 'PUT') {
        files.set(key, JSON.stringify(request.body));
        return json(201, { eTag: '"e1"' });
      }
      const file = files.get(key);
      if (!file) return notFound();
      return request.path.endsWith('/content') ? json(200, JSON.parse(file)) : json(200, { eTag: '"e1"' });
    });
    const notes = oneDrivePrivateNotes((caller) => {
      callers.push(caller.userId);
      return connection;
    });
    await expect(notes.read(mette, 'c1')).resolves.toBeUndefined();
    await expect(notes.write(mette, 'c1', 'Mine alene', undefined)).resolves.toEqual({
      text: 'Mine alene',
      etag: '"e1"',
    });
    const put = terminal.seen.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/v1.0/me/drive/special/approot:/mus/c1.json:/content');
    expect(put?.headers.get('if-match')).toBeNull();
    expect(put?.body).toEqual({ schemaVersion: 1, text: 'Mine alene' });
    await expect(notes.read(mette, 'c1')).resolves.toEqual({ text: 'Mine alene', etag: '"e1"' });
    expect(new Set(callers)).toEqual(new Set(['oid-mette']));
  });

  it('refuses a stale write with the note as it is now, and writes nothing', async () => {
    const { connection, terminal } = cannedConnection((request) =>
      request.path.endsWith('/content')
        ? json(200, { schemaVersion: 1, text: 'Newer text' })
        : json(200, { eTag: '"e2"' }),
    );
    const failure = await oneDrivePrivateNotes(() => connection)
      .write(mette, 'c1', 'Old edit', '"e1"')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PrivateNoteConflictError);
    expect(failure).toMatchObject({ current: { text: 'Newer text', etag: '"e2"' } });
    expect(terminal.seen.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('turns a 412 from OneDrive (a race after the check) into the same conflict', async () => {
    const { connection } = cannedConnection((request) => {
      if (request.method === 'PUT') return json(412, { error: { code: 'notAllowed', message: 'etag' } });
      return request.path.endsWith('/content')
        ? json(200, { schemaVersion: 1, text: 'Raced' })
        : json(200, { eTag: '"e1"' });
    });
    await expect(
      oneDrivePrivateNotes(() => connection).write(mette, 'c1', 'Mine', '"e1"'),
    ).rejects.toMatchObject({ name: 'PrivateNoteConflictError', current: { text: 'Raced' } });
  });

  it('reports OneDrive failures as upstream errors, not as HTTP problems', async () => {
    const { connection } = cannedConnection(() =>
      json(500, { error: { code: 'generalException', message: 'x' } }),
    );
    await expect(oneDrivePrivateNotes(() => connection).read(mette, 'c1')).rejects.toBeInstanceOf(
      UpstreamError,
    );
  });
});
