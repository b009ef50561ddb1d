import { createMeetingApi } from '../adapters/http/meetingApi';
import { createMusApi } from '../adapters/http/musApi';
import { createPageAccessToken } from '../adapters/auth/pageAccessToken';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

const origin = window.location.origin;

/** Composition root of the meeting page: the configurable tab's content in every frame of a meeting or chat. */
mount('meeting', {
  host: createTeamsHost(),
  meeting: {
    accessToken: createPageAccessToken(),
    // The service serves this page and `/api` from the same origin.
    musApi: createMusApi({ baseUrl: origin }),
    meetingApi: createMeetingApi({ baseUrl: origin }),
    stageUrl: `${origin}/meeting.html`,
  },
});
