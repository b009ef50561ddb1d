import { createMusApi } from '../adapters/http/musApi';
import { createPageAccessToken } from '../adapters/auth/pageAccessToken';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the content page (the personal tab). */
mount('content', {
  host: createTeamsHost(),
  profile: {
    accessToken: createPageAccessToken(),
    // The service serves this page and `/api` from the same origin.
    musApi: createMusApi({ baseUrl: window.location.origin }),
  },
});
