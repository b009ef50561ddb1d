import type { Concept, CreateRoundBody, CreatedRound, VersionedConcept } from '../ports/MusApiPort';
import { succeeded, authorized, type MusPorts, type Outcome } from '../mus/musCall';
import type { RoundDraft } from './roundDraft';

/** The concepts a leader plans a round of one-to-one conversations with (group concepts are not). */
export async function loadRoundConcepts(ports: MusPorts): Promise<Outcome<Concept[]>> {
  const concepts = await authorized(ports, ports.musApi).concepts();
  if (!concepts.ok) return concepts;
  return succeeded(
    concepts.value.map((c: VersionedConcept) => c.value).filter((c) => c.audience === 'individual'),
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
