/**
 * A fake Microsoft Teams host for jsdom: it stands where Teams' window would be (the page's opener) and
 * answers the teams-js postMessage protocol the way a Teams client does, with messages from the page's own
 * origin (which teams-js trusts). Real code with the real protocol, not a mock of our adapter.
 *
 * Protocol (teams-js 2.x): the app posts `{id, uuidAsString, func, args, ...}` to its parent; the host
 * answers `{id, uuidAsString, args}` to the app window. `initialize` answers
 * `[frameContext, clientType, JSON runtime, sdkVersion]`; `getContext` answers `[legacyContext]` with the
 * legacy keys (frameContext, userObjectId, userPrincipalName, locale, theme, hostName, chatId, meetingId, …).
 * A host-initiated event is `{func, args}` (e.g. `themeChange`).
 */

/** The legacy context keys a Teams client sends. */
export interface LegacyContext {
  frameContext: string;
  locale: string;
  theme: string;
  hostName?: string;
  userObjectId?: string;
  userPrincipalName?: string;
  loginHint?: string;
  userDisplayName?: string;
  tid?: string;
  chatId?: string;
  meetingId?: string;
}

/** How the fake host behaves. */
export interface FakeTeamsHostOptions {
  context: LegacyContext;
  /** The `supports` part of the runtime; by default meeting, pages (config), interactive (Live Share). */
  supports?: Record<string, unknown>;
  /** When false, the host never answers (like a foreign page that frames us). */
  answers?: boolean;
  /**
   * The answer to `authentication.getAuthToken`: a token, or a refusal with a message (as Teams answers
   * `[false, message]`). Without it the host does not answer that call.
   */
  authToken?: string | { readonly error: string };
}

/** A running fake host. */
export interface FakeTeamsHost {
  /** The functions the app called, in order. */
  readonly calls: string[];
  /** Tell the app the theme changed, as Teams does. */
  changeTheme(theme: string): void;
  /** Remove the host again. */
  uninstall(): void;
}

interface AppMessage {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

function isAppMessage(value: unknown): value is AppMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'number' &&
    typeof Reflect.get(value, 'func') === 'string'
  );
}

/** Install a fake Teams host as the page's opener. */
export function installFakeTeamsHost(options: FakeTeamsHostOptions): FakeTeamsHost {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  const hostWindow = frame.contentWindow;
  if (!hostWindow) throw new Error('jsdom gave no iframe window');
  const calls: string[] = [];
  const runtime = {
    apiVersion: 4,
    supports: options.supports ?? { meeting: {}, pages: { config: {} }, interactive: {}, chat: {} },
  };

  const deliver = (data: unknown): void => {
    setTimeout(() => {
      window.dispatchEvent(
        new MessageEvent('message', { data, origin: window.location.origin, source: hostWindow }),
      );
    }, 0);
  };

  const answer = (message: AppMessage): unknown[] | undefined => {
    switch (message.func) {
      case 'initialize':
        return [options.context.frameContext, 'web', JSON.stringify(runtime), '2.58.0'];
      case 'getContext':
        return [{ hostName: 'Teams', ...options.context }];
      case 'authentication.getAuthToken':
        if (options.authToken === undefined) return undefined;
        return typeof options.authToken === 'string'
          ? [true, options.authToken]
          : [false, options.authToken.error];
      default:
        return undefined;
    }
  };

  Object.defineProperty(hostWindow, 'postMessage', {
    configurable: true,
    value: (message: unknown) => {
      if (!isAppMessage(message)) return;
      calls.push(message.func);
      if (options.answers === false) return;
      const args = answer(message);
      if (args) deliver({ id: message.id, uuidAsString: message.uuidAsString, args });
    },
  });
  Object.defineProperty(window, 'opener', { configurable: true, value: hostWindow });

  return {
    calls,
    changeTheme(theme) {
      deliver({ func: 'themeChange', args: [theme] });
    },
    uninstall() {
      Object.defineProperty(window, 'opener', { configurable: true, value: null });
      frame.remove();
    },
  };
}
