import { createMeetingApi } from '../adapters/http/meetingApi';
import { createMusApi } from '../adapters/http/musApi';
import { createPageAccessToken } from '../adapters/auth/pageAccessToken';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

const origin = window.location.origin;

/** Composition root of the tab configuration page: Save adds the meeting page as the tab. */
mount('settings', {
  host: createTeamsHost(),
  tabConfig: {
    contentUrl: `${origin}/meeting.html`,
    websiteUrl: `${origin}/meeting.html`,
    entityId: 'mus-meeting',
    suggestedDisplayName: 'MUS',
  },
  // In a meeting, the organizer links a meeting the app did not book to one of their conversations.
  meeting: {
    accessToken: createPageAccessToken(),
    musApi: createMusApi({ baseUrl: origin }),
    meetingApi: createMeetingApi({ baseUrl: origin }),
    stageUrl: `${origin}/meeting.html`,
  },
});
