import { z } from 'zod';
import type {
  Appointment,
  Attendee,
  MailItemConnection,
  MailItemPort,
} from '../../application/ports/MailItemPort';
import { withTimeout } from '../timeout';
import { officeReady, type OfficeAsyncResult, type OfficeScope } from './officeGlobal';

/** Options for the Office mail item adapter. */
export interface OfficeMailItemOptions {
  /** Where to find the `Office` global (this page's window, or a same-origin host page's, by default). */
  readonly scope?: OfficeScope;
  /** How long to wait for `Office.onReady()` and for each of the item's `getAsync` answers. */
  readonly timeoutMs?: number;
}

const attendeesSchema = z.array(
  z.looseObject({ displayName: z.string().optional(), emailAddress: z.string().min(1) }),
);

/**
 * The office.js implementation of {@link MailItemPort}: "not in Outlook" when the `Office` global is missing
 * or another host answers; in Outlook it reads the item's subject, attendees and time, in compose mode
 * (`getAsync`) or read mode (plain values) alike, and checks each answer's shape.
 */
export function createOfficeMailItem(options: OfficeMailItemOptions = {}): MailItemPort {
  const timeoutMs = options.timeoutMs ?? 3000;
  return {
    async connect(): Promise<MailItemConnection> {
      const ready = await officeReady({ scope: options.scope, timeoutMs });
      if (!ready || ready.host !== 'Outlook') return { inOutlook: false };
      const context = ready.Office.context;
      const locale = typeof context.displayLanguage === 'string' ? context.displayLanguage : 'da-DK';
      const item = context.mailbox?.item;
      if (!item) return { inOutlook: true, locale };
      try {
        const read = (key: string) => withTimeout(readProperty(item[key]), timeoutMs, `Outlook's ${key}`);
        const [subject, required, optional, start, end] = await Promise.all([
          read('subject'),
          read('requiredAttendees'),
          read('optionalAttendees'),
          read('start'),
          read('end'),
        ]);
        const appointment: Appointment = {
          subject: typeof subject === 'string' ? subject : '',
          requiredAttendees: attendees(required),
          optionalAttendees: attendees(optional),
          ...(start instanceof Date ? { start } : {}),
          ...(end instanceof Date ? { end } : {}),
        };
        return { inOutlook: true, locale, appointment };
      } catch {
        return { inOutlook: true, locale };
      }
    },
  };
}

/** A compose-mode property through `getAsync`, a read-mode one as it is. */
function readProperty(property: unknown): Promise<unknown> {
  if (typeof property !== 'object' || property === null) return Promise.resolve(property);
  const getAsync: unknown = Reflect.get(property, 'getAsync');
  if (typeof getAsync !== 'function') return Promise.resolve(property);
  return new Promise((resolve, reject) => {
    Reflect.apply(getAsync, property, [
      (result: OfficeAsyncResult<unknown>) =>
        result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message)),
    ]);
  });
}

function attendees(value: unknown): Attendee[] {
  const parsed = attendeesSchema.safeParse(value ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((a) => ({
    displayName: a.displayName || a.emailAddress,
    emailAddress: a.emailAddress,
  }));
}
