import { MeetingLive } from '../../application/live/meetingLive';
import type { AccessTokenPort } from '../../application/ports/AccessTokenPort';
import { createLazyLivePort } from './lazyLive';
import { localStorageDraft } from './localDraft';

/** The meeting's live layer with its adapters: its own chunk (src/entries/meeting.tsx), Fluid a further one. */
export function openMeetingLive(
  conversationId: string,
  options: { baseUrl: string; accessToken: AccessTokenPort },
): MeetingLive {
  return new MeetingLive(conversationId, createLazyLivePort(options), localStorageDraft());
}
