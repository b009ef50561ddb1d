import { randomUUID } from 'node:crypto';
import type { Collection } from '../records/collection';

/** Writes one entry to the audit list for every read of a record by someone other than its two parties. */
export interface AuditLog {
  record(entry: {
    actorId: string;
    action: string;
    conversationId?: string;
    employeeId?: string;
  }): Promise<void>;
}

export function collectionAuditLog(audit: Collection<'audit'>, now: () => Date): AuditLog {
  return {
    async record(entry) {
      await audit.create(randomUUID(), { schemaVersion: 1, at: now().toISOString(), ...entry });
    },
  };
}
