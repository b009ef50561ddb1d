/**
 * The Teams side of the teams-js postMessage protocol, as the local host page speaks it. Pure: no DOM, no
 * fetch; the page passes in who is signed in, what is chosen, and how to get a token.
 *
 * teams-js 2.x posts `{id, uuidAsString, func, args, ...}` to its parent and expects `{id, uuidAsString,
 * args}` back; the host starts events with `{func, args}` (e.g. `themeChange`).
 */
import { z } from 'zod';

export type Surface = 'content' | 'sidePanel' | 'meetingStage';
export type HostLocale = 'da-DK' | 'en-US';
export type HostTheme = 'default' | 'dark' | 'contrast';

export const SURFACES: readonly Surface[] = ['content', 'sidePanel', 'meetingStage'];
export const LOCALES: readonly HostLocale[] = ['da-DK', 'en-US'];
export const THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/** The signed-in demo user, as the sandbox's token says. */
export interface SignedInUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly tenantId: string;
}

/** Everything a reply depends on. */
export interface HostState {
  readonly user: SignedInUser;
  readonly locale: HostLocale;
  readonly theme: HostTheme;
}

/** What the host needs from the page to answer. */
export interface HostDeps {
  readonly state: () => HostState;
  /** An access token for the MUS API (`api://mus/access_as_user`) for the signed-in user. */
  readonly getToken: () => Promise<string>;
  /** The app asked to show `url` on the meeting stage. Returns false when the URL is not ours. */
  readonly shareToStage: (url: string) => boolean;
  /** The app stopped sharing to the stage. */
  readonly stopSharing: () => void;
  /** Whether the stage shows our app now. */
  readonly isSharing: () => boolean;
}

/** A request from the app. */
export interface AppMessage {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args: readonly unknown[];
}

const appMessageSchema = z.looseObject({
  id: z.number(),
  uuidAsString: z.string().optional(),
  func: z.string(),
  args: z.array(z.unknown()).optional(),
});

/** The app's message, or undefined when `data` is not one (replies, other pages' messages, noise). */
export function parseAppMessage(data: unknown): AppMessage | undefined {
  const parsed = appMessageSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { id, uuidAsString, func, args } = parsed.data;
  return { id, func, args: args ?? [], ...(uuidAsString === undefined ? {} : { uuidAsString }) };
}

/** The `supports` part of the runtime: what this host can do. No Live Share (there is no Fluid relay). */
export const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { teamsClientSdkVersion: '2.58.0' },
  supports: { meeting: {}, pages: { config: {}, tabs: {} }, chat: {}, stageView: {}, teamsCore: {} },
} as const;

/** A fixed demo meeting: its chat id, and the meeting id Teams derives from it. */
export const DEMO_CHAT_ID = '19:meeting_bXVzLWxva2FsLXZhZXJ0@thread.v2';
export const DEMO_MEETING_ID = btoa(`0#${DEMO_CHAT_ID}#0`);

/** The legacy context keys a Teams web client sends for `getContext`. */
export function legacyContext(surface: Surface, state: HostState): Record<string, unknown> {
  const meeting = surface !== 'content';
  return {
    frameContext: surface,
    locale: state.locale,
    theme: state.theme,
    hostName: 'Teams',
    hostClientType: 'web',
    userObjectId: state.user.id,
    userPrincipalName: state.user.userPrincipalName,
    loginHint: state.user.userPrincipalName,
    userDisplayName: state.user.displayName,
    tid: state.user.tenantId,
    userLicenseType: 'Unknown',
    isFullScreen: false,
    ...(meeting ? { chatId: DEMO_CHAT_ID, meetingId: DEMO_MEETING_ID } : {}),
  };
}

/** Messages the app sends without waiting for an answer. */
const ONE_WAY = new Set([
  'registerHandler',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'appInitialization.appLoaded',
]);

/** errorCode 100 = NOT_SUPPORTED_ON_PLATFORM. */
const notSupported = (func: string) => ({
  errorCode: 100,
  message: `${func}: ikke understøttet af den lokale vært / not supported by the local host`,
});

/**
 * The answer to one message from a frame showing `surface`: the reply's `args`, or undefined for messages
 * that take no answer. Unknown requests get "not supported", so no call in the app waits forever.
 */
export async function answer(
  message: AppMessage,
  surface: Surface,
  deps: HostDeps,
): Promise<readonly unknown[] | undefined> {
  const inMeeting = surface !== 'content';
  switch (message.func) {
    case 'initialize':
      return [surface, 'web', JSON.stringify(RUNTIME), '2.58.0'];
    case 'getContext':
      return [legacyContext(surface, deps.state())];
    case 'authentication.getAuthToken':
      try {
        return [true, await deps.getToken()];
      } catch (error) {
        return [false, error instanceof Error ? error.message : String(error)];
      }
    case 'meeting.getAppContentStageSharingCapabilities':
      return inMeeting ? [null, { doesAppHaveSharePermission: true }] : [notSupported(message.func), null];
    case 'meeting.getAppContentStageSharingState':
      return inMeeting ? [null, { isAppSharing: deps.isSharing() }] : [notSupported(message.func), null];
    case 'meeting.shareAppContentToStage': {
      const url = message.args[0];
      if (!inMeeting || typeof url !== 'string') return [notSupported(message.func), null];
      return deps.shareToStage(url)
        ? [null, true]
        : [{ errorCode: 4000, message: 'Ugyldig adresse / invalid URL' }, null];
    }
    case 'meeting.stopSharingAppContentToStage':
      if (!inMeeting) return [notSupported(message.func), null];
      deps.stopSharing();
      return [null, true];
    default:
      return ONE_WAY.has(message.func) ? undefined : [notSupported(message.func)];
  }
}
