import { useEffect, useRef, useState } from 'react';

const TICK_MS = 5000;
/** Time kept from before a reload only while it is this fresh: a meeting lasts hours, not days. */
const KEEP_MS = 12 * 60 * 60 * 1000;

/** What is kept per conversation: ms spent per topic id, and when it was last counted. */
interface Kept {
  readonly at: number;
  readonly spent: Record<string, number>;
}

const keyOf = (conversationId: string) => `mus.topicTimers.${conversationId}`;

/** The time kept for the conversation (none when absent, unreadable or stale). */
function read(storage: Storage | undefined, conversationId: string, now: number): Record<string, number> {
  try {
    const kept = JSON.parse(storage?.getItem(keyOf(conversationId)) ?? 'null') as Partial<Kept> | null;
    if (!kept || typeof kept.at !== 'number' || now - kept.at > KEEP_MS) return {};
    const entries = Object.entries(kept.spent ?? {}).filter(([, ms]) => Number.isFinite(ms) && ms >= 0);
    return Object.fromEntries(entries);
  } catch {
    return {};
  }
}

function write(storage: Storage | undefined, conversationId: string, spent: Record<string, number>): void {
  try {
    storage?.setItem(keyOf(conversationId), JSON.stringify({ at: Date.now(), spent } satisfies Kept));
  } catch {
    // Storage full or refused (private mode): the timer still counts for this page.
  }
}

/**
 * Time spent on each topic (ms), counted while it is the open one, and kept in the browser's storage per
 * conversation, so that a reload of the side panel (or closing and opening it) goes on from where it was.
 */
export function useTopicTimers(
  conversationId: string,
  openTopicId: string | undefined,
  storage: Storage | undefined = globalThis.localStorage,
): Readonly<Record<string, number>> {
  const [spent, setSpent] = useState<Record<string, number>>(() => read(storage, conversationId, Date.now()));
  // The same, at once: a closing page writes it before React renders again.
  const current = useRef(spent);
  const since = useRef(0);
  useEffect(() => {
    since.current = Date.now();
    if (!openTopicId) return;
    const add = () => {
      const now = Date.now();
      const delta = now - since.current;
      since.current = now;
      const next = { ...current.current, [openTopicId]: (current.current[openTopicId] ?? 0) + delta };
      current.current = next;
      write(storage, conversationId, next);
      setSpent(next);
    };
    const timer = setInterval(add, TICK_MS);
    // A reload or a closed panel counts up to that moment.
    window.addEventListener('pagehide', add);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', add);
      add();
    };
  }, [openTopicId, conversationId, storage]);
  return spent;
}
