import { addDays, addWeeks, differenceInMinutes, format, startOfISOWeek } from 'date-fns';
import type {
  FreeSlot,
  Person,
  RoundWithConversations,
  ScheduleProposal,
  UnplacedReason,
} from '../ports/MusApiPort';
import { authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** One of the round's conversations on the proposed schedule. */
export interface ScheduledConversation {
  readonly conversationId: string;
  readonly employeeId: string;
  readonly employeeName: string;
  readonly start: string;
  readonly end: string;
}

/** The proposal as the week view shows it: names, the weeks it spans, who could not be placed. */
export interface ScheduleView {
  readonly slots: readonly ScheduledConversation[];
  readonly unplaced: readonly { readonly employeeName: string; readonly reason: UnplacedReason }[];
  /** Mondays (yyyy-MM-dd, local time) of the weeks with conversations, first to last. */
  readonly weeks: readonly string[];
}

const nameOf = (people: readonly Person[], id: string) => people.find((p) => p.id === id)?.displayName ?? id;

/** The Monday (yyyy-MM-dd) of the week an instant falls in, in the local time zone. Pure. */
export const weekOf = (iso: string): string => format(startOfISOWeek(new Date(iso)), 'yyyy-MM-dd');

/** The Monday a number of weeks from another. Pure. */
export const shiftWeek = (monday: string, weeks: number): string =>
  format(addWeeks(new Date(`${monday}T12:00:00`), weeks), 'yyyy-MM-dd');

/** The seven days (yyyy-MM-dd) of the week that starts on `monday`. Pure. */
export const daysOfWeek = (monday: string): string[] =>
  Array.from({ length: 7 }, (_, i) => format(addDays(new Date(`${monday}T12:00:00`), i), 'yyyy-MM-dd'));

/** The local day (yyyy-MM-dd) of an instant. Pure. */
export const dayOf = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd');

/** Minutes from local midnight of an instant's day to the instant, and its length in minutes. Pure. */
export function placeInDay(slot: { start: string; end: string }): { top: number; length: number } {
  const start = new Date(slot.start);
  const midnight = new Date(start);
  midnight.setHours(0, 0, 0, 0);
  return {
    top: differenceInMinutes(start, midnight),
    length: differenceInMinutes(new Date(slot.end), start),
  };
}

/** A proposal with the employees' names, sorted by time, and its weeks. Pure. */
export function scheduleView(proposal: ScheduleProposal, people: readonly Person[]): ScheduleView {
  const slots = [...proposal.slots]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => ({ ...s, employeeName: nameOf(people, s.employeeId) }));
  const weeks = [...new Set(slots.map((s) => weekOf(s.start)))].sort();
  const unplaced = proposal.unplaced.map((u) => ({
    employeeName: nameOf(people, u.employeeId),
    reason: u.reason,
  }));
  return { slots, unplaced, weeks };
}

/** The round with its conversations, its planning settings and its latest proposal. */
export function loadRound(ports: MusPorts, roundId: string): Promise<Outcome<RoundWithConversations>> {
  return authorized(ports, ports.musApi).round(roundId);
}

/** Ask the service for a time for every conversation not yet booked, from everyone's free/busy. */
export function proposeSchedule(ports: MusPorts, roundId: string): Promise<Outcome<ScheduleProposal>> {
  return authorized(ports, ports.musApi).schedule(roundId, {});
}

/** The free times (leader and employee both free) one conversation can move to. */
export function freeTimes(
  ports: MusPorts,
  roundId: string,
  conversationId: string,
): Promise<Outcome<readonly FreeSlot[]>> {
  return authorized(ports, ports.musApi).scheduleOptions(roundId, conversationId);
}

/** Move one conversation of the proposal to a free time; a time no longer free is refused (409). */
export function moveConversation(
  ports: MusPorts,
  roundId: string,
  conversationId: string,
  start: string,
): Promise<Outcome<ScheduleProposal>> {
  return authorized(ports, ports.musApi).schedule(roundId, { moves: [{ conversationId, start }] });
}
