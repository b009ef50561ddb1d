import { createMusApi } from '../adapters/http/musApi';
import { createTeamsAccessToken } from '../adapters/teams/teamsAccessToken';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the content page (the personal tab). */
mount('content', {
  host: createTeamsHost(),
  profile: {
    // Teams SSO: the token's audience is the manifest's webApplicationInfo resource (api://mus locally).
    accessToken: createTeamsAccessToken(),
    // The service serves this page and `/api` from the same origin.
    musApi: createMusApi({ baseUrl: window.location.origin }),
  },
});
