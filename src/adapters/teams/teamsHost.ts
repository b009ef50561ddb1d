import { app, chat, liveShare, meeting, pages, stageView } from '@microsoft/teams-js';
import type {
  FrameContext,
  HostCapabilities,
  HostConnection,
  HostContext,
  HostPort,
  HostTheme,
  TabConfig,
} from '../../application/ports/HostPort';
import { TimeoutError, withTimeout } from '../timeout';

/** Options for the teams-js host adapter. */
export interface TeamsHostOptions {
  /**
   * How long to wait for the host to answer `initialize` and `getContext`. teams-js itself waits 60 s in a
   * frame whose parent never answers; a page outside a host must not look broken for that long.
   */
  readonly timeoutMs?: number;
  /** Extra origins (besides our own and Microsoft's) whose messages teams-js should trust. */
  readonly validMessageOrigins?: readonly string[];
}

const DEFAULT_TIMEOUT_MS = 3000;

/**
 * The teams-js implementation of {@link HostPort}. Every host call follows the teams-js habit: check that
 * the SDK is initialised, then the frame context, then `isSupported()`; a call that can't work is not made.
 */
export function createTeamsHost(options: TeamsHostOptions = {}): HostPort {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let connected = false;

  return {
    async connect(): Promise<HostConnection> {
      try {
        const origins = options.validMessageOrigins ? [...options.validMessageOrigins] : undefined;
        await withTimeout(app.initialize(origins), timeoutMs, 'The host');
      } catch (error) {
        return { inHost: false, reason: reasonOf(error) };
      }
      if (!app.isInitialized()) return { inHost: false, reason: 'failed' };
      try {
        const raw = await withTimeout(app.getContext(), timeoutMs, 'The host');
        const context = toHostContext(raw, app.getFrameContext());
        connected = true;
        return { inHost: true, context, capabilities: readCapabilities(context) };
      } catch (error) {
        return { inHost: false, reason: reasonOf(error) };
      }
    },

    onThemeChange(handler: (theme: HostTheme) => void): () => void {
      if (!connected || !app.isInitialized()) return () => undefined;
      let listening = true;
      app.registerOnThemeChangeHandler((theme) => {
        if (listening) handler(toTheme(theme));
      });
      return () => {
        listening = false;
      };
    },

    async offerTabSave(config: TabConfig): Promise<boolean> {
      // registerOnSaveHandler and setValidityState are allowed in the settings frame only.
      if (!connected || app.getFrameContext() !== 'settings' || !supported(() => pages.config.isSupported()))
        return false;
      try {
        pages.config.registerOnSaveHandler((saveEvent) => {
          pages.config.setConfig({ ...config }).then(
            () => saveEvent.notifySuccess(),
            (error: unknown) =>
              saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
        });
        pages.config.setValidityState(true);
        return true;
      } catch {
        return false;
      }
    },

    async shareToStage(url: string): Promise<boolean> {
      // Sharing to the stage is a meeting's side panel's (the runtime's `meeting` capability; teams-js checks it).
      if (!connected || app.getFrameContext() !== 'sidePanel') return false;
      return new Promise((resolve) => {
        try {
          meeting.shareAppContentToStage((error, shared) => resolve(!error && shared === true), url);
        } catch {
          resolve(false);
        }
      });
    },
  };
}

/** Map teams-js' context to ours. The host is outside our control, so every field is checked, not assumed. */
export function toHostContext(context: app.Context, frame: string | undefined): HostContext {
  const user = context.user;
  return {
    frameContext: toFrameContext(frame ?? context.page?.frameContext),
    locale: text(context.app?.locale) ?? 'da-DK',
    theme: toTheme(context.app?.theme),
    hostName: text(context.app?.host?.name) ?? 'Teams',
    user: {
      id: text(user?.id),
      displayName: text(user?.displayName),
      userPrincipalName: text(user?.userPrincipalName) ?? text(user?.loginHint),
    },
    chatId: text(context.chat?.id),
    meetingId: text(context.meeting?.id),
  };
}

/** Ask the host what it supports, once, after initialising. */
function readCapabilities(context: HostContext): HostCapabilities {
  return {
    tabConfiguration: supported(() => pages.config.isSupported()),
    liveShare: supported(() => liveShare.isSupported()),
    chat: supported(() => chat.isSupported()),
    stageView: supported(() => stageView.isSupported()),
    meeting: context.meetingId !== undefined,
  };
}

/** teams-js' `isSupported()` throws when the SDK is not initialised; that means "no". */
function supported(check: () => boolean): boolean {
  try {
    return app.isInitialized() && check();
  } catch {
    return false;
  }
}

const FRAME_CONTEXTS: readonly FrameContext[] = [
  'content',
  'sidePanel',
  'meetingStage',
  'settings',
  'remove',
  'task',
  'authentication',
];

function toFrameContext(value: unknown): FrameContext {
  return FRAME_CONTEXTS.find((frame) => frame === value) ?? 'other';
}

/** teams-js themes are `default`, `dark`, `contrast` (and `glass` in some hosts, shown as light). */
export function toTheme(value: unknown): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function reasonOf(error: unknown): 'noParent' | 'timeout' | 'failed' {
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof Error && /no parent window/i.test(error.message)) return 'noParent';
  return 'failed';
}
