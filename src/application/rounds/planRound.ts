import type { Concept, CreateRoundBody, CreatedRound, VersionedConcept } from '../ports/MusApiPort';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';
import type { RoundDraft } from './roundDraft';

/**
 * The concepts a leader plans a round of one-to-one conversations with (group concepts are not): the
 * organisation's and their own unit's (HR is sent every unit's; another leader's unit is not theirs to plan with).
 */
export async function loadRoundConcepts(ports: MusPorts): Promise<Outcome<Concept[]>> {
  const api = authorized(ports, ports.musApi);
  const [concepts, me] = await Promise.all([api.concepts(), api.me()]);
  if (!concepts.ok) return concepts;
  if (!me.ok) return me;
  const theirs = (c: Concept) => c.scope.level !== 'unit' || c.scope.id === me.value.id;
  return succeeded(
    concepts.value
      .map((c: VersionedConcept) => c.value)
      .filter((c) => c.audience === 'individual' && theirs(c)),
  );
}

/**
 * Plan the round: one conversation per chosen employee, each agenda with the round's topics (the service
 * puts them there), the planning settings kept with the round. `roundId` is made once per form, so sending
 * the same draft again after a failure finishes that round.
 */
export function createRound(
  ports: MusPorts,
  roundId: string,
  draft: RoundDraft,
): Promise<Outcome<CreatedRound>> {
  return authorized(ports, ports.musApi).createRound(roundBody(roundId, draft));
}

/** The draft as `POST /api/rounds` takes it: planning settings and the agenda choices included. Pure. */
export function roundBody(roundId: string, draft: RoundDraft): CreateRoundBody {
  const hours = draft.workingHours;
  return {
    roundId,
    title: draft.title.trim(),
    conceptId: draft.conceptId,
    employeeIds: [...draft.employeeIds],
    window: { ...draft.window },
    durationMinutes: draft.durationMinutes,
    workingHours: {
      start: hours.start,
      end: hours.end,
      days: [...hours.days],
      ...(hours.timeZone ? { timeZone: hours.timeZone } : {}),
    },
    bufferMinutes: draft.bufferMinutes,
    maxPerDay: draft.maxPerDay,
    agenda: {
      optionalTopicIds: [...draft.optionalTopicIds],
      ownTopics: draft.ownTopics
        .map((t) => t.trim())
        .filter((t) => t !== '')
        .map((title) => ({ title })),
    },
  };
}
