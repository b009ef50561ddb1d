import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the settings page. */
mount('settings', { host: createTeamsHost() });
