import type { DraftField, DraftPort } from '../../application/ports/LivePort';

const PREFIX = 'mus.live.draft.';

/**
 * The local draft in the browser's `localStorage` (per browser profile and origin, as the side panel's
 * frame sees it): survives a reload, time offline and a closed panel. Only shared fields are kept here
 * (the same fields the live map carries); a storage that refuses (private mode, full) keeps nothing.
 */
export function localStorageDraft(storage: Storage | undefined = globalThis.localStorage): DraftPort {
  return {
    load(conversationId) {
      try {
        const raw = storage?.getItem(PREFIX + conversationId);
        return raw ? (JSON.parse(raw) as Record<string, DraftField>) : {};
      } catch {
        return {};
      }
    },
    save(conversationId, fields) {
      try {
        if (Object.keys(fields).length === 0) storage?.removeItem(PREFIX + conversationId);
        else storage?.setItem(PREFIX + conversationId, JSON.stringify(fields));
      } catch {
        // Storage refused: the live map and the record still hold what was shared.
      }
    },
  };
}
