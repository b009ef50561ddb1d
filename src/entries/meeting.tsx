import { createTeamsHost } from '../adapters/teams/teamsHost';
import { lazyMeetingPorts } from './lazyPorts';
import { mount } from './mount';

const origin = window.location.origin;
const ports = lazyMeetingPorts(origin);

/** Composition root of the meeting page: the configurable tab's content in every frame of a meeting or chat. */
mount('meeting', {
  host: createTeamsHost(),
  meeting: {
    ...ports,
    stageUrl: `${origin}/meeting.html`,
    // The live layer: its code when a form opens, Fluid when it joins the conversation's live map.
    live: (conversationId: string) =>
      import(/* webpackChunkName: "meetingLive" */ '../adapters/live/meetingLiveChunk').then((m) =>
        m.openMeetingLive(conversationId, { baseUrl: origin, accessToken: ports.accessToken }),
      ),
  },
});
