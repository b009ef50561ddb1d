import { createOfficeMailItem } from '../adapters/office/officeMailItem';
import { createTeamsHost } from '../adapters/teams/teamsHost';
import { mount } from './mount';

/** Composition root of the Outlook task pane page. */
mount('taskpane', { host: createTeamsHost(), mailItem: createOfficeMailItem() });
