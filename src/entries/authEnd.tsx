import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the authEnd page. */
mount('authEnd', { host: createTeamsHost() });
