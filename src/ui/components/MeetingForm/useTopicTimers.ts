import { useEffect, useRef, useState } from 'react';

const TICK_MS = 5000;

/** Time spent on each topic (ms), counted while it is the open one. */
export function useTopicTimers(openTopicId: string | undefined): Readonly<Record<string, number>> {
  const [spent, setSpent] = useState<Record<string, number>>({});
  const since = useRef(0);
  useEffect(() => {
    since.current = Date.now();
    if (!openTopicId) return;
    const add = () => {
      const now = Date.now();
      const delta = now - since.current;
      since.current = now;
      setSpent((s) => ({ ...s, [openTopicId]: (s[openTopicId] ?? 0) + delta }));
    };
    const timer = setInterval(add, TICK_MS);
    return () => {
      clearInterval(timer);
      add();
    };
  }, [openTopicId]);
  return spent;
}
