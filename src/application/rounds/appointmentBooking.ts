import { addDays, format } from 'date-fns';
import { failed, succeeded, authorized, type MusFailure, type MusPorts, type Outcome } from '../mus/musCall';
import type { AppointmentStep, Attendee, MailItemPort } from '../ports/MailItemPort';
import type { Concept, Person, VersionedConversation } from '../ports/MusApiPort';
import { createRound } from './planRound';
import { defaultRoundDraft, type RoundDraft } from './roundDraft';

/** A direct report the leader can hold the conversation with, and whether the appointment invites them. */
export interface EmployeeChoice {
  readonly person: Person;
  readonly invited: boolean;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** The direct reports, those the appointment invites first (by mail address). Pure. */
export function employeeChoices(
  attendees: readonly Attendee[],
  reports: readonly Person[],
): EmployeeChoice[] {
  const choices = reports.map((person) => ({
    person,
    invited: attendees.some((a) => same(person.mail, a.emailAddress)),
  }));
  return [...choices.filter((c) => c.invited), ...choices.filter((c) => !c.invited)];
}

/**
 * The one-conversation round of an appointment: the concept's topics, the employee, the appointment's day
 * (tomorrow when Outlook gave no time). The leader then chooses topics as in the planner. Pure.
 */
export function appointmentDraft(concept: Concept, employee: Person, start: Date | undefined, today: Date) {
  const day = format(start && start > today ? start : addDays(today, 1), 'yyyy-MM-dd');
  const draft = defaultRoundDraft(concept, [employee], today);
  return { ...draft, title: `${draft.title} – ${employee.displayName}`, window: { from: day, to: day } };
}

/** What booking from the appointment did: the conversation, and whether the meeting is linked already. */
export interface AppointmentBooked {
  readonly conversation: VersionedConversation;
  /** False until Outlook has saved the appointment; sending it makes it the conversation's meeting. */
  readonly linked: boolean;
}

/** Why booking from the appointment stopped: the service (`failure`) or an Outlook step (`step`). */
export type AppointmentFailure =
  | { readonly failure: MusFailure; readonly step?: never }
  | { readonly step: AppointmentStep; readonly failure?: never };

/**
 * Book one conversation from the appointment the leader organises: a one-conversation round (`roundId` once
 * per pane, so a retry finishes it), the invitation in the employee's language written into the appointment
 * (subject, agenda, the employee invited when not yet, the mark), then the service links the saved meeting.
 */
export async function bookAppointment(
  ports: MusPorts & { readonly mailItem: MailItemPort },
  input: { readonly roundId: string; readonly draft: RoundDraft; readonly choice: EmployeeChoice },
): Promise<{ ok: true; value: AppointmentBooked } | ({ ok: false } & AppointmentFailure)> {
  const created = await createRound(ports, input.roundId, input.draft);
  if (!created.ok) return { ok: false, failure: created.failure };
  const conversation = created.value.conversations[0];
  if (!conversation) return { ok: false, failure: { reason: 'invalidResponse' } };
  const id = conversation.value.id;
  const invitation = await authorized(ports, ports.musApi).invitation(id);
  if (!invitation.ok) return { ok: false, failure: invitation.failure };
  const { person, invited } = input.choice;
  const invite =
    !invited && person.mail ? { displayName: person.displayName, emailAddress: person.mail } : undefined;
  const written = await ports.mailItem.write({
    subject: invitation.value.subject,
    html: invitation.value.html,
    conversationId: id,
    ...(invite ? { invite } : {}),
  });
  if (!written.ok) return { ok: false, step: written.step };
  const linked = await linkAppointment(ports, conversation);
  return linked.ok ? { ok: true, value: linked.value } : { ok: false, failure: linked.failure };
}

/** Ask the service to link the saved appointment; not saved yet is no failure, just not linked. */
export async function linkAppointment(
  ports: MusPorts,
  conversation: VersionedConversation,
): Promise<Outcome<AppointmentBooked>> {
  const linked = await authorized(ports, ports.musApi).linkMeeting(conversation.value.id);
  if (linked.ok) return succeeded({ conversation: linked.value, linked: true });
  if (linked.failure.problem?.code === 'meeting_not_found') return succeeded({ conversation, linked: false });
  return failed(linked.failure);
}
