import type { MailItemConnection, MailItemPort } from '../../application/ports/MailItemPort';

/** The little of office.js this adapter reads. office.js is a global script, so it is described, not imported. */
interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  /** Office fills its context in when ready, so it is read after `onReady`. */
  readContext(): { displayLanguage?: unknown; subject?: unknown };
}

/** Options for the Office mail item adapter. */
export interface OfficeMailItemOptions {
  /** Where to find the `Office` global (the page's window by default). */
  readonly scope?: { Office?: unknown };
  /** How long to wait for `Office.onReady()`. */
  readonly timeoutMs?: number;
}

/**
 * The office.js implementation of {@link MailItemPort}, so far a stub: it reports "not in Outlook" when the
 * `Office` global is missing (office.js is not loaded, or we are not in Outlook), and reads only the subject.
 */
export function createOfficeMailItem(options: OfficeMailItemOptions = {}): MailItemPort {
  return {
    async connect(): Promise<MailItemConnection> {
      const office = officeOf(options.scope ?? (globalThis as { Office?: unknown }));
      if (!office) return { inOutlook: false };
      try {
        const info = await withTimeout(office.onReady(), options.timeoutMs ?? 3000);
        if (info.host !== 'Outlook') return { inOutlook: false };
      } catch {
        return { inOutlook: false };
      }
      const { displayLanguage: locale, subject } = office.readContext();
      return {
        inOutlook: true,
        locale: typeof locale === 'string' ? locale : 'da-DK',
        // In compose mode `subject` is an object with getAsync; reading it comes with the booking issue.
        appointment: { subject: typeof subject === 'string' ? subject : '' },
      };
    },
  };
}

function officeOf(scope: { Office?: unknown }): OfficeGlobal | undefined {
  const office = scope.Office;
  if (typeof office !== 'object' || office === null) return undefined;
  if (!('onReady' in office) || typeof office.onReady !== 'function') return undefined;
  const onReady = office.onReady;
  return {
    onReady: async () => {
      const info: unknown = await Reflect.apply(onReady, office, []);
      return { host: field(info, 'host') };
    },
    readContext: () => {
      const context = field(office, 'context');
      return {
        displayLanguage: field(context, 'displayLanguage'),
        subject: field(field(field(context, 'mailbox'), 'item'), 'subject'),
      };
    },
  };
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Office did not get ready within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
