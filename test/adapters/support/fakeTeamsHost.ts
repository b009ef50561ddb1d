/**
 * A fake Microsoft Teams host for jsdom: it stands where Teams' window would be (the page's opener) and
 * answers the teams-js postMessage protocol the way a Teams client does, with messages from the page's own
 * origin (which teams-js trusts). Real code with the real protocol, not a mock of our adapter.
 *
 * The protocol's vocabulary (messages, runtime, context, versions) is src/sandbox/host/protocol.ts, shared
 * with the local host page; {@link fakeHostAnswer} is shared with the browser tests' fake host page
 * (test/e2e/fixtures/fakeHost.ts).
 */
import type { AppMessage, HostSupports, LegacyContext } from '../../../src/sandbox/host/protocol';
import {
  authTokenAnswer,
  initializeAnswer,
  MESSAGES,
  parseAppMessage,
  replyTo,
  themeChangeEvent,
} from '../../../src/sandbox/host/protocol';

export type { LegacyContext };

/** How the fake host behaves. */
export interface FakeTeamsHostOptions {
  context: LegacyContext;
  /** The `supports` part of the runtime; by default meeting, pages (config), interactive (Live Share), chat. */
  supports?: HostSupports;
  /** When false, the host never answers (like a foreign page that frames us). */
  answers?: boolean;
  /**
   * The answer to `authentication.getAuthToken`: a token, or a refusal with a message (as Teams answers
   * `[false, message]`). Without it the host does not answer that call.
   */
  authToken?: string | { readonly error: string };
}

/** What a Teams meeting client supports, Live Share included. */
const TEAMS_MEETING_SUPPORTS: HostSupports = {
  meeting: {},
  pages: { config: {} },
  interactive: {},
  chat: {},
};

/**
 * The fake host's answer to one message: `initialize`, `getContext` (`hostName` Teams unless the context
 * says otherwise) and, when configured, `authentication.getAuthToken`; undefined (no answer) for the rest.
 */
export function fakeHostAnswer(
  message: AppMessage,
  options: FakeTeamsHostOptions,
): readonly unknown[] | undefined {
  if (options.answers === false) return undefined;
  switch (message.func) {
    case MESSAGES.initialize:
      return initializeAnswer(options.context.frameContext, options.supports ?? TEAMS_MEETING_SUPPORTS);
    case MESSAGES.getContext:
      return [{ hostName: 'Teams', ...options.context }];
    case MESSAGES.getAuthToken:
      if (options.authToken === undefined) return undefined;
      return authTokenAnswer(
        typeof options.authToken === 'string' ? { token: options.authToken } : options.authToken,
      );
    default:
      return undefined;
  }
}

/** A running fake host. */
export interface FakeTeamsHost {
  /** The functions the app called, in order. */
  readonly calls: string[];
  /** Tell the app the theme changed, as Teams does. */
  changeTheme(theme: string): void;
  /** Send the app any other host event (e.g. `saveEvent()` when the user selects Save). */
  emit(event: { func: string; args: readonly unknown[] }): void;
  /** Remove the host again. */
  uninstall(): void;
}

/** How a host answers one request: the reply's `args`, or undefined for no answer. */
export type HostAnswer = (
  message: AppMessage,
) => readonly unknown[] | undefined | Promise<readonly unknown[] | undefined>;

/** Install a fake Teams host, answering with {@link fakeHostAnswer}, as the page's opener. */
export function installFakeTeamsHost(options: FakeTeamsHostOptions): FakeTeamsHost {
  return installHostWindow((message) => fakeHostAnswer(message, options));
}

/** Install a host window that answers with `respond` (e.g. the local host page's answers) as the opener. */
export function installHostWindow(respond: HostAnswer): FakeTeamsHost {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  const hostWindow = frame.contentWindow;
  if (!hostWindow) throw new Error('jsdom gave no iframe window');
  const calls: string[] = [];

  const deliver = (data: unknown): void => {
    setTimeout(() => {
      window.dispatchEvent(
        new MessageEvent('message', { data, origin: window.location.origin, source: hostWindow }),
      );
    }, 0);
  };

  Object.defineProperty(hostWindow, 'postMessage', {
    configurable: true,
    value: (data: unknown) => {
      const message = parseAppMessage(data);
      if (!message) return;
      calls.push(message.func);
      void Promise.resolve(respond(message)).then((args) => args && deliver(replyTo(message, args)));
    },
  });
  Object.defineProperty(window, 'opener', { configurable: true, value: hostWindow });

  return {
    calls,
    changeTheme(theme) {
      deliver(themeChangeEvent(theme));
    },
    emit(event) {
      deliver(event);
    },
    uninstall() {
      Object.defineProperty(window, 'opener', { configurable: true, value: null });
      frame.remove();
    },
  };
}
