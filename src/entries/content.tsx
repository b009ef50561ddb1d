import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the content page. */
mount('content', { host: createTeamsHost() });
