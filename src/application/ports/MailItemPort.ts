/**
 * The Outlook item the task pane is opened on (an appointment the user organises).
 * Adapters implement it with office.js; the use cases and the UI see only this interface.
 */

/** The appointment as far as the task pane needs it now. */
export interface Appointment {
  /** The subject line, possibly empty. */
  readonly subject: string;
}

/** The result of connecting to Outlook. */
export type MailItemConnection =
  | { readonly inOutlook: true; readonly locale: string; readonly appointment?: Appointment }
  | { readonly inOutlook: false };

/** The mail item port. One instance per task pane page, made by the composition root. */
export interface MailItemPort {
  /** Wait for Office to be ready and read the current item. Never rejects; outside Outlook: `inOutlook: false`. */
  connect(): Promise<MailItemConnection>;
}
