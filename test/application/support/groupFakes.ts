import type { GroupApiPort } from '../../../src/application/ports/GroupApiPort';

const refused = () => Promise.resolve({ ok: false as const, reason: 'unauthorized' as const, status: 403 });

/** The group calls (GRUS) of the MUS API for tests of other journeys: no groups, and every change refused. */
export const groupRefused: GroupApiPort = {
  groups: () => Promise.resolve({ ok: true as const, value: [] }),
  createGroup: refused,
  proposeTime: refused,
  bookSlots: refused,
  askForIndividual: refused,
};
