import { useEffect, useState } from 'react';
import { CoalescedSaves, SAVE_TIMING, type SaveTiming } from '../../application/meeting/coalescedSaves';

/**
 * One {@link CoalescedSaves} for a form's lifetime, running `save` (keep it stable with `useCallback`): it
 * saves at once when the page is hidden or closed (a phone switching apps, a closed panel), when the browser
 * comes back online (what failed meanwhile), and when the form unmounts.
 */
export function useCoalescedSaves(
  save: () => Promise<boolean>,
  timing: SaveTiming = SAVE_TIMING,
): CoalescedSaves {
  const [saves] = useState(() => new CoalescedSaves(timing));
  useEffect(() => saves.use(save), [saves, save]);
  useEffect(() => {
    const flush = () => void saves.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('online', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('online', flush);
    };
  }, [saves]);
  useEffect(
    () => () => {
      void saves.flush();
      saves.dispose();
    },
    [saves],
  );
  return saves;
}
