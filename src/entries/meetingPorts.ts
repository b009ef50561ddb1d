import { createPageAccessToken } from '../adapters/auth/pageAccessToken';
import { createConclusionApi } from '../adapters/http/conclusionApi';
import { createMeetingApi } from '../adapters/http/meetingApi';
import { createMusApi } from '../adapters/http/musApi';
import type { MeetingPorts } from '../application/meeting/openMeeting';

/** The meeting's service ports on this page's origin (the service serves the pages and `/api`). */
export function meetingPorts(origin: string): Required<MeetingPorts> {
  return {
    accessToken: createPageAccessToken(),
    musApi: createMusApi({ baseUrl: origin }),
    meetingApi: createMeetingApi({ baseUrl: origin }),
    conclusionApi: createConclusionApi({ baseUrl: origin }),
  };
}
