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

/** The add-in's id in the local host: the sandbox's MUS app (`DEFAULT_TEAMS_APP_ID`, src/service/jobs/settings.ts). */
export const LOCAL_ADDIN_ID = 'a6f0d2c4-3b8e-4f1a-9c7d-5e2b1f0a8d36';

/**
 * Where Outlook keeps an add-in's custom properties: one JSON object in the named property `cecp-<add-in id>`
 * of PS_PUBLIC_STRINGS ([MS-OXCEXT] 2.2.5), which Graph reads as a single-value extended property.
 */
export const customPropertiesId = (addInId: string) =>
  `String {00020329-0000-0000-C000-000000000046} Name cecp-${addInId.toLowerCase()}`;

/** What the stand-in needs from the page. */
export interface OutlookHostDeps {
  readonly appointment: () => OutlookAppointment;
  readonly locale: () => string;
  /** The add-in changed the appointment (its subject, body or required attendees). */
  readonly update: (
    change: Partial<Pick<OutlookAppointment, 'subject' | 'body' | 'requiredAttendees'>>,
  ) => void;
  /** Outlook saves the item with the add-in's custom properties; answers the item's id. */
  readonly save?: (customProperties: Readonly<Record<string, string>>) => Promise<string>;
  /** The Office sign-in dialog, as the page answers it: the message the dialog sends back. */
  readonly signIn?: () => Promise<string>;
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
const failLater = (callback: Callback<undefined> | undefined, code: number, message: string) =>
  setTimeout(() => callback?.({ status: 'failed', value: undefined, error: { code, message } }));
const callbackOf = <V>(args: readonly unknown[]) =>
  args.find((a): a is Callback<V> => typeof a === 'function');

/** A compose-mode property: `getAsync(callback)` or `getAsync(options, callback)`, optionally `setAsync`. */
function property<T>(name: string, deps: OutlookHostDeps, read: () => T, write?: (value: T) => void) {
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
  const customProperties = customPropertiesStore();
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
        displayDialogAsync: (_url: string, _options: unknown, callback?: Callback<unknown>) => {
          deps.onCall('ui.displayDialogAsync');
          const { signIn } = deps;
          if (!signIn) return failLater(callback, 12007, 'No dialogs in the local host');
          later(callback, signInDialog(signIn));
        },
        messageParent: () => deps.onCall('ui.messageParent'),
        openBrowserWindow: (url: string) => deps.onCall(`ui.openBrowserWindow(${url})`),
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
          requiredAttendees: {
            ...property('requiredAttendees', deps, () => copy(deps.appointment().requiredAttendees)),
            addAsync: (added: readonly OutlookAttendee[], ...args: unknown[]) => {
              deps.onCall('requiredAttendees.addAsync');
              const current = deps.appointment().requiredAttendees;
              const more = added.filter((a) => !current.some((c) => c.emailAddress === a.emailAddress));
              deps.update({ requiredAttendees: [...current, ...more] });
              later(callbackOf<undefined>(args), undefined);
            },
          },
          optionalAttendees: property('optionalAttendees', deps, () =>
            copy(deps.appointment().optionalAttendees),
          ),
          start: property('start', deps, () => new Date(deps.appointment().start)),
          end: property('end', deps, () => new Date(deps.appointment().end)),
          body: {
            ...property(
              'body',
              deps,
              () => deps.appointment().body,
              (body: string) => deps.update({ body }),
            ),
            prependAsync: (html: string, ...args: unknown[]) => {
              deps.onCall('body.prependAsync');
              deps.update({ body: `${html}${deps.appointment().body}` });
              later(callbackOf<undefined>(args), undefined);
            },
          },
          loadCustomPropertiesAsync: (...args: unknown[]) => {
            deps.onCall('loadCustomPropertiesAsync');
            later(callbackOf<unknown>(args), customProperties.load(deps));
          },
          saveAsync: (...args: unknown[]) => {
            deps.onCall('saveAsync');
            const callback = callbackOf<unknown>(args);
            if (!deps.save) return failLater(callback, 9041, 'The local host does not save');
            deps.save(customProperties.saved()).then(
              (id) => later(callback, id),
              (error: unknown) => failLater(callback, 9041, String(error)),
            );
          },
        },
      },
    },
  };
}

/** The add-in's custom properties of the item: `set` changes the loaded copy, its `saveAsync` keeps them. */
function customPropertiesStore() {
  let kept: Record<string, string> = {};
  return {
    saved: () => ({ ...kept }),
    load: (deps: OutlookHostDeps) => {
      const loaded = { ...kept };
      return {
        get: (name: string) => loaded[name],
        set: (name: string, value: unknown) => {
          loaded[name] = String(value);
        },
        remove: (name: string) => {
          delete loaded[name];
        },
        getAll: () => ({ ...loaded }),
        saveAsync: (...args: unknown[]) => {
          deps.onCall('customProperties.saveAsync');
          kept = { ...loaded };
          later(callbackOf<undefined>(args), undefined);
        },
      };
    },
  };
}

/** The sign-in dialog (office.js `Dialog`): its one message is what the page's sign-in answers. */
function signInDialog(signIn: () => Promise<string>) {
  type Event = { message?: string; error?: number };
  const handlers = new Map<string, (event: Event) => void>();
  let answer: { type: string; event: Event } | undefined;
  let closed = false;
  // Delivered once the add-in listens (the answer may come before it has added its handler).
  const deliver = () => {
    const handler = answer && !closed ? handlers.get(answer.type) : undefined;
    if (!handler || !answer) return;
    const { event } = answer;
    answer = undefined;
    handler(event);
  };
  void signIn().then(
    (message) => ((answer = { type: 'dialogMessageReceived', event: { message } }), deliver()),
    () => ((answer = { type: 'dialogEventReceived', event: { error: 12006 } }), deliver()),
  );
  return {
    addEventHandler: (type: string, handler: (event: Event) => void) => {
      handlers.set(type, handler);
      deliver();
    },
    close: () => {
      closed = true;
    },
  };
}
