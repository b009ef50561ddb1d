/**
 * The Outlook item the task pane is opened on (an appointment the user organises).
 * Adapters implement it with office.js; the use cases and the UI see only this interface.
 */

/** Someone invited to the appointment, as Outlook resolved them. */
export interface Attendee {
  /** The name Outlook shows; the address when it has none. */
  readonly displayName: string;
  /** The SMTP address. */
  readonly emailAddress: string;
}

/** The appointment as far as the task pane needs it now. */
export interface Appointment {
  /** The subject line, possibly empty. */
  readonly subject: string;
  /** Required attendees (in compose mode only those Outlook has resolved). */
  readonly requiredAttendees: readonly Attendee[];
  /** Optional attendees. */
  readonly optionalAttendees: readonly Attendee[];
  /** Start and end, when Outlook gave them. */
  readonly start?: Date;
  readonly end?: Date;
}

/** The result of connecting to Outlook. */
export type MailItemConnection =
  | { readonly inOutlook: true; readonly locale: string; readonly appointment?: Appointment }
  | { readonly inOutlook: false };

/** What the add-in writes into the appointment for one MUS conversation. */
export interface AppointmentBooking {
  readonly subject: string;
  /** The agenda and the link that opens the conversation in Teams, as HTML. */
  readonly html: string;
  /** Someone to invite as a required attendee (the employee, when not invited yet). */
  readonly invite?: Attendee;
  /** The conversation the appointment is marked with, so that the service finds the meeting again. */
  readonly conversationId: string;
}

/** Which office.js step failed when writing the appointment. */
export type AppointmentStep = 'subject' | 'body' | 'attendees' | 'mark' | 'save';

/** The outcome of writing the appointment. */
export type AppointmentWrite = { readonly ok: true } | { readonly ok: false; readonly step: AppointmentStep };

/** The mail item port. One instance per task pane page, made by the composition root. */
export interface MailItemPort {
  /**
   * Wait for Office to be ready and read the current item. Never rejects and never hangs; outside Outlook:
   * `inOutlook: false`; an item whose fields can't be read: no `appointment`.
   */
  connect(): Promise<MailItemConnection>;
  /**
   * Write the conversation into the appointment: subject, body, the employee invited, the mark, then save
   * it (so the service can find it). Never rejects: a failed step is named.
   */
  write(booking: AppointmentBooking): Promise<AppointmentWrite>;
  /** Open an address in the browser (or Teams), outside the task pane. */
  openInBrowser(url: string): void;
}
