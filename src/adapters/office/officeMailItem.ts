import { z } from 'zod';
import type {
  Appointment,
  AppointmentStep,
  AppointmentWrite,
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
 * (`getAsync`) or read mode (plain values) alike, and checks each answer's shape. Writing uses Mailbox 1.1
 * and 1.3 only: `subject.setAsync`, `body.prependAsync` (the Teams join block Outlook put in the body stays),
 * `requiredAttendees.addAsync`, the add-in's custom properties (`loadCustomPropertiesAsync`, `set`,
 * `saveAsync`) and `item.saveAsync`.
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
    async write(booking): Promise<AppointmentWrite> {
      const ready = await officeReady({ scope: options.scope, timeoutMs });
      const item = ready?.host === 'Outlook' ? ready.Office.context.mailbox?.item : undefined;
      if (!item) return { ok: false, step: 'subject' };
      const { invite } = booking;
      const steps: [AppointmentStep, () => Promise<unknown>][] = [
        ['subject', () => callAsync(item.subject, 'setAsync', [booking.subject])],
        ['body', () => callAsync(item.body, 'prependAsync', [booking.html, { coercionType: 'html' }])],
        ['mark', () => mark(item, booking.conversationId)],
        ['save', () => callAsync(item, 'saveAsync', [])],
      ];
      if (invite) {
        const who = [{ displayName: invite.displayName, emailAddress: invite.emailAddress }];
        steps.splice(2, 0, ['attendees', () => callAsync(item.requiredAttendees, 'addAsync', [who])]);
      }
      for (const [step, run] of steps) {
        try {
          await withTimeout(run(), timeoutMs, `Outlook's ${step}`);
        } catch {
          return { ok: false, step };
        }
      }
      return { ok: true };
    },
    openInBrowser(url) {
      void officeReady({ scope: options.scope, timeoutMs }).then((ready) =>
        ready?.Office.context.ui?.openBrowserWindow?.(url),
      );
    },
  };
}

/** The custom property the service finds the meeting by (src/service/jobs/appointment.ts). */
const MARK_PROPERTY = 'musConversationId';

/** Marks the item with the conversation: the add-in's custom property, saved with the item. */
async function mark(item: Readonly<Record<string, unknown>>, conversationId: string): Promise<void> {
  const properties = await callAsync(item, 'loadCustomPropertiesAsync', []);
  if (typeof properties !== 'object' || properties === null) throw new Error('No custom properties');
  const set: unknown = Reflect.get(properties, 'set');
  if (typeof set !== 'function') throw new Error('No custom properties');
  Reflect.apply(set, properties, [MARK_PROPERTY, conversationId]);
  await callAsync(properties, 'saveAsync', []);
}

/** An office.js asynchronous method: `target[method](...args, callback)`, as a promise. */
function callAsync(target: unknown, method: string, args: readonly unknown[]): Promise<unknown> {
  const fn: unknown = typeof target === 'object' && target !== null ? Reflect.get(target, method) : undefined;
  if (typeof fn !== 'function') return Promise.reject(new Error(`No ${method}`));
  return new Promise((resolve, reject) => {
    Reflect.apply(fn, target, [
      ...args,
      (result: OfficeAsyncResult<unknown>) =>
        result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message)),
    ]);
  });
}

/** A compose-mode property through `getAsync`, a read-mode one as it is. */
function readProperty(property: unknown): Promise<unknown> {
  if (typeof property !== 'object' || property === null) return Promise.resolve(property);
  if (typeof Reflect.get(property, 'getAsync') !== 'function') return Promise.resolve(property);
  return callAsync(property, 'getAsync', []);
}

function attendees(value: unknown): Attendee[] {
  const parsed = attendeesSchema.safeParse(value ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((a) => ({
    displayName: a.displayName || a.emailAddress,
    emailAddress: a.emailAddress,
  }));
}
