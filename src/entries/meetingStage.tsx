import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the meetingStage page. */
mount('meetingStage', { host: createTeamsHost() });
