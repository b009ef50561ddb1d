import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the meeting page: the configurable tab's content in every frame of a meeting or chat. */
mount('meeting', { host: createTeamsHost() });
