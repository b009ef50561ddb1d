import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the sidePanel page. */
mount('sidePanel', { host: createTeamsHost() });
