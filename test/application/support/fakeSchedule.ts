import type { Conversation, VersionedRound } from '../../../src/application/ports/MusApiPort';

/**
 * A fake schedule for the in-memory service: conversations one after the other from 09:00 UTC on the
 * window's first day, `maxPerDay` a day, with the round's duration and buffer.
 */
export function slotsFor(round: VersionedRound['value'], conversations: readonly Conversation[]) {
  const planning = round.planning;
  const minutes = planning?.durationMinutes ?? 60;
  const step = minutes + (planning?.bufferMinutes ?? 15);
  const perDay = planning?.maxPerDay ?? 4;
  return conversations.map((c, i) => {
    const start = new Date(`${round.window.start}T09:00:00.000Z`);
    start.setUTCDate(start.getUTCDate() + Math.floor(i / perDay));
    start.setUTCMinutes((i % perDay) * step);
    return {
      conversationId: c.id,
      employeeId: c.employeeId,
      start: start.toISOString(),
      end: new Date(start.getTime() + minutes * 60_000).toISOString(),
    };
  });
}
