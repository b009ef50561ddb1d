import { createTeamsHost } from '../adapters/teams/teamsHost';
import { lazyMeetingPorts } from './lazyPorts';
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
  meeting: { ...lazyMeetingPorts(origin), stageUrl: `${origin}/meeting.html` },
});
