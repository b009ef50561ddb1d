/**
 * What the local host page answers, in the vocabulary of `protocol.ts`. Pure: no DOM, no fetch; the page
 * passes in who is signed in, what is chosen, and how to get a token.
 */
import type { AppMessage, HostLocale, HostSupports, HostTheme, LegacyContext, Surface } from './protocol';
import { z } from 'zod';
import {
  authTokenAnswer,
  HOST_CLIENT_TYPE,
  initializeAnswer,
  meetingIdOf,
  MESSAGES,
  ONE_WAY_MESSAGES,
  setConfigAnswer,
} from './protocol';

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
  /** The meeting chat the user is in (a meeting from their calendar); the demo meeting when none is chosen. */
  readonly chatId?: string;
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
  /** The configuration page says whether Save may be used. */
  readonly setValid: (valid: boolean) => void;
  /** The configuration page saved the tab (inside its save handler). Returns a reason when refused. */
  readonly saveConfig: (config: TabConfig) => string | undefined;
  /** The configuration page's save handler finished: ok, or failed with a reason. */
  readonly saved: (outcome: { ok: true } | { ok: false; reason: string }) => void;
}

/** What a configuration page saves (teams-js `pages.InstanceConfig`). */
export interface TabConfig {
  readonly contentUrl: string;
  readonly websiteUrl?: string;
  readonly entityId: string;
  readonly suggestedDisplayName?: string;
}

const tabConfigSchema = z.looseObject({
  contentUrl: z.string().min(1),
  websiteUrl: z.string().optional(),
  entityId: z.string().min(1),
  suggestedDisplayName: z.string().optional(),
});

/** What this host can do. No Live Share (there is no Fluid relay). */
export const LOCAL_HOST_SUPPORTS: HostSupports = {
  meeting: {},
  pages: { config: {}, tabs: {} },
  chat: {},
  stageView: {},
  teamsCore: {},
};

/** A fixed demo meeting (no conversation is held in it): its chat id, and the meeting id Teams derives from it. */
export const DEMO_CHAT_ID = '19:meeting_bXVzLWxva2FsLXZhZXJ0@thread.v2';
export const DEMO_MEETING_ID = meetingIdOf(DEMO_CHAT_ID);

/** The context of a frame showing `surface` to the signed-in user. */
export function legacyContext(surface: Surface, state: HostState): LegacyContext {
  const meeting = surface !== 'content';
  const chat = state.chatId ?? DEMO_CHAT_ID;
  return {
    frameContext: surface,
    locale: state.locale,
    theme: state.theme,
    hostName: 'Teams',
    hostClientType: HOST_CLIENT_TYPE,
    userObjectId: state.user.id,
    userPrincipalName: state.user.userPrincipalName,
    loginHint: state.user.userPrincipalName,
    userDisplayName: state.user.displayName,
    tid: state.user.tenantId,
    userLicenseType: 'Unknown',
    isFullScreen: false,
    ...(meeting ? { chatId: chat, meetingId: meetingIdOf(chat) } : {}),
  };
}

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
    case MESSAGES.initialize:
      return initializeAnswer(surface, LOCAL_HOST_SUPPORTS);
    case MESSAGES.getContext:
      return [legacyContext(surface, deps.state())];
    case MESSAGES.getAuthToken:
      try {
        return authTokenAnswer({ token: await deps.getToken() });
      } catch (error) {
        return authTokenAnswer({ error: error instanceof Error ? error.message : String(error) });
      }
    case MESSAGES.stageSharingCapabilities:
      return inMeeting ? [null, { doesAppHaveSharePermission: true }] : [notSupported(message.func), null];
    case MESSAGES.stageSharingState:
      return inMeeting ? [null, { isAppSharing: deps.isSharing() }] : [notSupported(message.func), null];
    case MESSAGES.shareToStage: {
      const url = message.args[0];
      if (!inMeeting || typeof url !== 'string') return [notSupported(message.func), null];
      return deps.shareToStage(url)
        ? [null, true]
        : [{ errorCode: 4000, message: 'Ugyldig adresse / invalid URL' }, null];
    }
    case MESSAGES.stopSharingToStage:
      if (!inMeeting) return [notSupported(message.func), null];
      deps.stopSharing();
      return [null, true];
    case MESSAGES.setValidityState:
      if (surface === 'settings') deps.setValid(message.args[0] === true);
      return undefined;
    case MESSAGES.setConfig: {
      const config = tabConfigSchema.safeParse(message.args[0]);
      if (surface !== 'settings' && !inMeeting)
        return setConfigAnswer({ ok: false, reason: notSupported(message.func).message });
      if (!config.success)
        return setConfigAnswer({ ok: false, reason: 'contentUrl og entityId mangler / missing' });
      const refused = deps.saveConfig(config.data);
      return setConfigAnswer(refused ? { ok: false, reason: refused } : { ok: true });
    }
    case MESSAGES.saveSuccess:
      deps.saved({ ok: true });
      return undefined;
    case MESSAGES.saveFailure:
      deps.saved({ ok: false, reason: String(message.args[0] ?? '') });
      return undefined;
    default:
      return ONE_WAY_MESSAGES.has(message.func) ? undefined : [notSupported(message.func)];
  }
}
