import { runSignInPopup } from '../adapters/auth/authPopup';
import { authSettings } from '../adapters/auth/authSettings';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the sign-in popup's start page. */
mount('authStart', { host: createTeamsHost() });
void runSignInPopup(authSettings());
