import type {
  HostCapabilities,
  HostConnection,
  HostContext,
  HostPort,
  HostTheme,
} from '../../../src/application/ports/HostPort';
import type {
  AppointmentBooking,
  MailItemConnection,
  MailItemPort,
} from '../../../src/application/ports/MailItemPort';

/** An in-memory host: what a surface sees through the HostPort, without teams-js. */
export interface InMemoryHost extends HostPort {
  /** Change the host theme, as a user does in Teams settings. */
  changeTheme(theme: HostTheme): void;
  /** Let a pending `connect()` finish (for hosts made with `deferred: true`). */
  release(): void;
}

const noCapabilities: HostCapabilities = {
  tabConfiguration: false,
  liveShare: false,
  chat: false,
  stageView: false,
  meeting: false,
};

/** A host context builder with Danish defaults; override what the test is about. */
export function aHostContext(overrides: Partial<HostContext> = {}): HostContext {
  return {
    frameContext: 'content',
    locale: 'da-DK',
    theme: 'default',
    hostName: 'Teams',
    user: { id: 'u-1', displayName: 'Mette Leder', userPrincipalName: 'mette.leder@contoso.dk' },
    ...overrides,
  };
}

/** A host that is there (with a context) or not (`undefined`). */
export function inMemoryHost(
  context: HostContext | undefined,
  capabilities: Partial<HostCapabilities> = {},
  options: { deferred?: boolean } = {},
): InMemoryHost {
  const handlers = new Set<(theme: HostTheme) => void>();
  let release: () => void = () => undefined;
  const gate = options.deferred ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  return {
    async connect(): Promise<HostConnection> {
      await gate;
      if (!context) return { inHost: false, reason: 'noParent' };
      return { inHost: true, context, capabilities: { ...noCapabilities, ...capabilities } };
    },
    onThemeChange(handler) {
      if (!context) return () => undefined;
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    changeTheme(theme) {
      handlers.forEach((handler) => handler(theme));
    },
    release: () => release(),
    shareToStage: () => Promise.resolve(context?.frameContext === 'sidePanel'),
    offerTabSave: () =>
      Promise.resolve(context?.frameContext === 'settings' && capabilities.tabConfiguration === true),
  };
}

/** An Outlook item port that is in Outlook on an appointment, or not; it keeps what was written and opened. */
export function inMemoryMailItem(
  connection: MailItemConnection,
): MailItemPort & { written: AppointmentBooking[]; opened: string[] } {
  const written: AppointmentBooking[] = [];
  const opened: string[] = [];
  return {
    connect: () => Promise.resolve(connection),
    write: (booking) => {
      written.push(booking);
      return Promise.resolve({ ok: true });
    },
    openInBrowser: (url) => opened.push(url),
    written,
    opened,
  };
}
