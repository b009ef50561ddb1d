import { createTeamsHost } from '../adapters/teams/teamsHost';
import { lazyMeetingPorts } from './lazyPorts';
import { mount } from './mount';

const origin = window.location.origin;

/** Composition root of the meeting page: the configurable tab's content in every frame of a meeting or chat. */
mount('meeting', {
  host: createTeamsHost(),
  meeting: { ...lazyMeetingPorts(origin), stageUrl: `${origin}/meeting.html` },
});
