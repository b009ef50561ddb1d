import { failed, failureOf, succeeded, type MusPorts, type Outcome } from '../mus/musCall';
import type { HrNeeds, HrRoundRating } from '../ports/HrApiPort';

export type { HrNeeds, HrRoundRating };

/** What HR's charts show: the development needs (or not: under 5 employees) and each round's evaluation. */
export interface HrCharts {
  readonly needs: HrNeeds | undefined;
  readonly rounds: readonly HrRoundRating[];
}

/**
 * The development needs and every round's employees' evaluation. A refusal with `group_too_small` means too
 * few employees had a conversation held (or too close to a figure already shown): no needs, not a failure.
 */
export async function loadHrCharts(ports: MusPorts): Promise<Outcome<HrCharts>> {
  const token = await ports.accessToken.getAccessToken();
  if (!token.ok) return failed({ reason: 'signIn' });
  const [needs, rounds] = await Promise.all([
    ports.musApi.hrNeeds(token.token),
    ports.musApi.hrRoundRatings(token.token),
  ]);
  if (!rounds.ok) return failed(failureOf(rounds));
  if (needs.ok) return succeeded({ needs: needs.value, rounds: rounds.value });
  if (needs.problem?.code === 'group_too_small') return succeeded({ needs: undefined, rounds: rounds.value });
  return failed(failureOf(needs));
}

/** The scale of MUS-testen's sections: the average answer per statement (1 Aldrig … 5 Altid). */
export const perStatement = (points: number, statements: number): number =>
  Math.round((points / statements) * 10) / 10;
