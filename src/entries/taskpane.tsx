import { createPageAccessToken } from '../adapters/auth/pageAccessToken';
import { createMusApi } from '../adapters/http/musApi';
import { createOfficeMailItem } from '../adapters/office/officeMailItem';
import { rememberSignIn } from '../adapters/office/signedInToken';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the Outlook task pane page. */
mount('taskpane', {
  host: createTeamsHost(),
  mailItem: createOfficeMailItem(),
  profile: {
    accessToken: rememberSignIn(createPageAccessToken()),
    // The service serves this page and `/api` from the same origin.
    musApi: createMusApi({ baseUrl: window.location.origin }),
  },
});
