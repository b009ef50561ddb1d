import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the authStart page. */
mount('authStart', { host: createTeamsHost() });
