/**
 * The local Outlook host's stand-in for office.js: an `Office` object shaped as office.js documents it in
 * Outlook, for an appointment being organised (compose mode). Pure: the page passes in the appointment (read
 * live from its form on every call) and hears of every call. The task pane finds it on its same-origin
 * parent (src/adapters/office/officeGlobal.ts); real Outlook gives the real office.js instead.
 *
 * Why a stand-in and not office.js itself: office.js in Outlook on the web talks to its host through a private
 * postMessage conversation (`ContextActivationManager_getAppContextAsync`, an app context of ~30 fields, then
 * numbered method calls) that changes with each CDN release; Microsoft documents the API, not that protocol.
 */

/** One person on the appointment (office.js `EmailAddressDetails`). */
export interface OutlookAttendee {
  readonly displayName: string;
  readonly emailAddress: string;
}

/** The appointment being organised, as the host page's form holds it. */
export interface OutlookAppointment {
  readonly subject: string;
  readonly requiredAttendees: readonly OutlookAttendee[];
  readonly optionalAttendees: readonly OutlookAttendee[];
  readonly start: Date;
  readonly end: Date;
  readonly body: string;
}

/** What the stand-in needs from the page. */
export interface OutlookHostDeps {
  readonly appointment: () => OutlookAppointment;
  readonly locale: () => string;
  /** The add-in changed the appointment (its subject or body). */
  readonly update: (change: Partial<Pick<OutlookAppointment, 'subject' | 'body'>>) => void;
  /** Every call the add-in makes, by its office.js name. */
  readonly onCall: (name: string) => void;
}

/** The requirement sets this host answers `isSetSupported` for: Mailbox 1.1–1.8, no NestedAppAuth. */
const MAILBOX_MINOR_MAX = 8;

type Callback<T> = (result: {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; message: string };
}) => void;

/** office.js answers later, never inside the call; so does the stand-in. */
const later = <T>(callback: Callback<T> | undefined, value: T) =>
  setTimeout(() => callback?.({ status: 'succeeded', value }));

/** A compose-mode property: `getAsync(callback)` or `getAsync(options, callback)`, optionally `setAsync`. */
function property<T>(name: string, deps: OutlookHostDeps, read: () => T, write?: (value: T) => void) {
  const callbackOf = <V>(args: readonly unknown[]) =>
    args.find((a): a is Callback<V> => typeof a === 'function');
  return {
    getAsync: (...args: unknown[]) => {
      deps.onCall(`${name}.getAsync`);
      later(callbackOf<T>(args), read());
    },
    ...(write && {
      setAsync: (value: T, ...args: unknown[]) => {
        deps.onCall(`${name}.setAsync`);
        write(value);
        later(callbackOf<undefined>(args), undefined);
      },
    }),
  };
}

/** The stand-in `Office` global for an appointment being organised in Outlook on the web. */
export function createStandInOffice(deps: OutlookHostDeps) {
  const copy = (list: readonly OutlookAttendee[]) => list.map((a) => ({ ...a, recipientType: 'user' }));
  return {
    HostType: { Outlook: 'Outlook' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady: () => {
      deps.onCall('onReady');
      return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' });
    },
    context: {
      get displayLanguage() {
        return deps.locale();
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => {
          deps.onCall(`requirements.isSetSupported(${name}, ${minVersion ?? ''})`);
          const [major, minor] = (minVersion ?? '1.1').split('.').map(Number);
          return name === 'Mailbox' && major === 1 && (minor ?? 0) <= MAILBOX_MINOR_MAX;
        },
      },
      ui: {
        displayDialogAsync: (_url: string, _options: unknown, callback?: Callback<undefined>) => {
          deps.onCall('ui.displayDialogAsync');
          setTimeout(() =>
            callback?.({
              status: 'failed',
              value: undefined,
              error: { code: 12007, message: 'No dialogs in the local host' },
            }),
          );
        },
        messageParent: () => deps.onCall('ui.messageParent'),
      },
      mailbox: {
        item: {
          itemType: 'appointment',
          subject: property(
            'subject',
            deps,
            () => deps.appointment().subject,
            (subject: string) => deps.update({ subject }),
          ),
          requiredAttendees: property('requiredAttendees', deps, () =>
            copy(deps.appointment().requiredAttendees),
          ),
          optionalAttendees: property('optionalAttendees', deps, () =>
            copy(deps.appointment().optionalAttendees),
          ),
          start: property('start', deps, () => new Date(deps.appointment().start)),
          end: property('end', deps, () => new Date(deps.appointment().end)),
          body: property(
            'body',
            deps,
            () => deps.appointment().body,
            (body: string) => deps.update({ body }),
          ),
        },
      },
    },
  };
}
