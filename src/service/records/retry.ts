import { RecordExistsError, StaleRecordError } from './errors';

/**
 * Runs `attempt` again, up to `times` runs in all, when a concurrent writer changed (412) or created (409) the
 * record first; each run reads afresh and decides again. Any other error, or the last conflict, is thrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, times = 5): Promise<T> {
  for (let run = 1; ; run += 1) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof StaleRecordError || error instanceof RecordExistsError;
      if (!conflict || run >= times) throw error;
    }
  }
}
