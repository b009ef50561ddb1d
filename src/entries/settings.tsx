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
});
