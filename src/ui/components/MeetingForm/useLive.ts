import { useEffect, useState } from 'react';
import type { MeetingLiveFactory, MeetingLivePort } from '../../../application/meeting/live';

/** The conversation's live layer once its code is here, while the form is open (none without a factory). */
export function useLive(open: MeetingLiveFactory | undefined, conversationId: string) {
  const [live, setLive] = useState<MeetingLivePort | undefined>(undefined);
  useEffect(() => {
    if (!open) return;
    let active = true;
    let opened: MeetingLivePort | undefined;
    void open(conversationId).then((layer) => {
      opened = layer;
      if (active) setLive(layer);
      else layer.close();
    });
    return () => {
      active = false;
      opened?.close();
    };
  }, [open, conversationId]);
  return live;
}
