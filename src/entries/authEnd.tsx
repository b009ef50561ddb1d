import { runRedirectBridge } from '../adapters/auth/authPopup';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of MSAL's redirect page (the end of the sign-in popup). */
mount('authEnd', { host: createTeamsHost() });
void runRedirectBridge();
