import { authorized, succeeded, type MusPorts, type Outcome } from '../mus/musCall';
import type { HrNeeds, HrRoundRating } from '../ports/HrApiPort';

export type { HrNeeds, HrRoundRating };

/** What HR's charts show: the development needs (or not: under 5 employees) and each round's evaluation. */
export interface HrCharts {
  readonly needs: HrNeeds | undefined;
  readonly rounds: readonly HrRoundRating[];
}

/** The charts' figures asked for ahead, by the ports they were asked through (see {@link prefetchHrCharts}). */
const ahead = new WeakMap<MusPorts, Promise<Outcome<HrCharts>>>();

/**
 * Asks for the charts' figures now, with the overview (the charts show only once the overview is there):
 * the next {@link loadHrCharts} through the same ports takes this answer, once; a later one asks again.
 */
export function prefetchHrCharts(ports: MusPorts): void {
  ahead.set(ports, fetchHrCharts(ports));
}

/**
 * The development needs and every round's employees' evaluation. A refusal with `group_too_small` means too
 * few employees had a conversation held (or too close to a figure already shown): no needs, not a failure.
 */
export function loadHrCharts(ports: MusPorts): Promise<Outcome<HrCharts>> {
  const early = ahead.get(ports);
  ahead.delete(ports);
  return early ?? fetchHrCharts(ports);
}

async function fetchHrCharts(ports: MusPorts): Promise<Outcome<HrCharts>> {
  const api = authorized(ports, ports.musApi);
  const [needs, rounds] = await Promise.all([api.hrNeeds(), api.hrRoundRatings()]);
  if (!rounds.ok) return rounds;
  if (!needs.ok && needs.failure.problem?.code !== 'group_too_small') return needs;
  return succeeded({ needs: needs.ok ? needs.value : undefined, rounds: rounds.value });
}

/** The scale of MUS-testen's sections: the average answer per statement (1 Aldrig … 5 Altid). */
export const perStatement = (points: number, statements: number): number =>
  Math.round((points / statements) * 10) / 10;
