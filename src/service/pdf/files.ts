/**
 * Where the signed conclusions' PDFs are kept: the MUS site's document library (its default drive), beside
 * the lists that hold the records, reached app-only on the service's one Graph client like the records. A
 * file is written once and never replaced (`@microsoft.graph.conflictBehavior=fail`): a retry, a second
 * service instance or a crash between writing and answering never makes two files or changes a signed one.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { GraphConnection } from '../graph/client';
import { graphFailure } from '../graph/client';
import { UpstreamError } from '../records/errors';

export interface ConclusionFiles {
  /** The file's bytes, or undefined when there is none. */
  read(name: string): Promise<Buffer | undefined>;
  /** Writes the file unless one of that name is there already (then nothing changes and this is false). */
  writeOnce(name: string, bytes: Buffer): Promise<boolean>;
  /** Deletes the file (retention, `jobs/retentionSweep.ts`); nothing happens when there is none. */
  delete(name: string): Promise<void>;
}

/** The folder of the site's drive that holds the PDFs. */
export const CONCLUSION_FOLDER = 'MUS-konklusioner';

/** The PDFs in the MUS site's default drive (`/sites/{siteId}/drive/root:/MUS-konklusioner/…`). */
export function siteDriveFiles(connection: GraphConnection, siteId: string): ConclusionFiles {
  const content = (name: string) =>
    `/sites/${encodeURIComponent(siteId)}/drive/root:/${CONCLUSION_FOLDER}/${encodeURIComponent(name)}:/content`;
  const failed = (what: string, error: unknown, status: number) =>
    new UpstreamError(`The site's drive answered ${status} to ${what}`, { cause: error });
  return {
    async read(name) {
      try {
        const body: unknown = await connection.client
          .api(content(name))
          .responseType(ResponseType.ARRAYBUFFER)
          .get();
        return Buffer.from(body as ArrayBuffer);
      } catch (error) {
        const failure = graphFailure(error);
        if (failure?.status === 404) return undefined;
        throw failure ? failed(`reading ${name}`, error, failure.status) : error;
      }
    },
    async writeOnce(name, bytes) {
      try {
        await connection.client
          .api(`${content(name)}?@microsoft.graph.conflictBehavior=fail`)
          .header('content-type', 'application/pdf')
          .put(bytes);
        return true;
      } catch (error) {
        const failure = graphFailure(error);
        // Someone wrote it first (another instance, an earlier try): the one file stays as it is.
        if (failure?.status === 409) return false;
        throw failure ? failed(`writing ${name}`, error, failure.status) : error;
      }
    },
    async delete(name) {
      try {
        await connection.client.api(content(name).replace(/:\/content$/, ':')).delete();
      } catch (error) {
        const failure = graphFailure(error);
        if (failure?.status === 404) return;
        throw failure ? failed(`deleting ${name}`, error, failure.status) : error;
      }
    },
  };
}

/** The PDFs in memory (unit tests, and the service without a SharePoint site). */
export function memoryConclusionFiles(): ConclusionFiles & { names(): string[] } {
  const files = new Map<string, Buffer>();
  return {
    read: async (name) => files.get(name),
    async writeOnce(name, bytes) {
      if (files.has(name)) return false;
      files.set(name, bytes);
      return true;
    },
    delete: async (name) => void files.delete(name),
    names: () => [...files.keys()],
  };
}
