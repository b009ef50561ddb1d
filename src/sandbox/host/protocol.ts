/**
 * The teams-js postMessage protocol, as a Teams client speaks it: the one vocabulary of every host we run
 * the app in — the local host page (`answers.ts`, `main.ts`), the jest fake host
 * (test/adapters/support/fakeTeamsHost.ts) and the browser tests' fake host page (test/e2e/fixtures).
 * Pure: no DOM, no fetch.
 *
 * teams-js 2.x posts `{id, uuidAsString, func, args, ...}` to its parent and expects `{id, uuidAsString,
 * args}` back; the host starts events with `{func, args}` (e.g. `themeChange`).
 */
import { z } from 'zod';

/** The teams-js version the hosts say they speak (the app's own, package.json). */
export const TEAMS_SDK_VERSION = '2.58.0';
/** The runtime's `apiVersion` teams-js 2.x expects. */
export const RUNTIME_API_VERSION = 4;
/** The client type a browser Teams client reports. */
export const HOST_CLIENT_TYPE = 'web';

/** The `func` of the messages the hosts know. */
export const MESSAGES = {
  initialize: 'initialize',
  getContext: 'getContext',
  getAuthToken: 'authentication.getAuthToken',
  stageSharingCapabilities: 'meeting.getAppContentStageSharingCapabilities',
  stageSharingState: 'meeting.getAppContentStageSharingState',
  shareToStage: 'meeting.shareAppContentToStage',
  stopSharingToStage: 'meeting.stopSharingAppContentToStage',
  /** Tab configuration (`pages.config`): the page says whether Save may be used (one-way). */
  setValidityState: 'settings.setValidityState',
  /** Tab configuration: save the tab's content URL, name and id; answered `[ok, reason]`. */
  setConfig: 'settings.setSettings',
  /** The save handler finished (one-way), or failed with a reason (one-way). */
  saveSuccess: 'settings.save.success',
  saveFailure: 'settings.save.failure',
  /** Host → app events. */
  themeChange: 'themeChange',
  save: 'settings.save',
} as const;

/** Messages the app sends without waiting for an answer: a Teams client sends none. */
export const ONE_WAY_MESSAGES: ReadonlySet<string> = new Set([
  'registerHandler',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'appInitialization.appLoaded',
]);

/** The frame contexts the app has pages for (`settings`: adding the meeting tab). */
export type Surface = 'content' | 'sidePanel' | 'meetingStage' | 'settings';
export type HostLocale = 'da-DK' | 'en-US';
export type HostTheme = 'default' | 'dark' | 'contrast';

export const SURFACES: readonly Surface[] = ['content', 'settings', 'sidePanel', 'meetingStage'];
export const LOCALES: readonly HostLocale[] = ['da-DK', 'en-US'];
export const THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/** The runtime's `supports`: what a host can do (teams-js reads its capabilities from it). */
export interface HostSupports {
  readonly meeting?: object;
  readonly pages?: { readonly config?: object; readonly tabs?: object };
  /** Live Share. */
  readonly interactive?: object;
  readonly chat?: object;
  readonly stageView?: object;
  readonly teamsCore?: object;
}

/** The runtime a host hands the app in its answer to `initialize`. */
export function runtimeOf(supports: HostSupports) {
  return {
    apiVersion: RUNTIME_API_VERSION,
    hostVersionsInfo: { teamsClientSdkVersion: TEAMS_SDK_VERSION },
    supports,
  } as const;
}

/** The answer to `initialize`: frame context, client type, the runtime as JSON, the SDK version. */
export function initializeAnswer(frameContext: string, supports: HostSupports): readonly unknown[] {
  return [frameContext, HOST_CLIENT_TYPE, JSON.stringify(runtimeOf(supports)), TEAMS_SDK_VERSION];
}

/** The answer to `authentication.getAuthToken`: `[true, token]`, or `[false, reason]` for a refusal. */
export function authTokenAnswer(outcome: { token: string } | { error: string }): readonly unknown[] {
  return 'token' in outcome ? [true, outcome.token] : [false, outcome.error];
}

/** The legacy context keys a Teams web client sends for `getContext`. */
export interface LegacyContext {
  readonly frameContext: string;
  readonly locale: string;
  readonly theme: string;
  readonly hostName?: string;
  readonly hostClientType?: string;
  readonly userObjectId?: string;
  readonly userPrincipalName?: string;
  readonly loginHint?: string;
  readonly userDisplayName?: string;
  readonly tid?: string;
  readonly userLicenseType?: string;
  readonly isFullScreen?: boolean;
  readonly chatId?: string;
  readonly meetingId?: string;
}

/**
 * The meeting id Teams puts in a meeting's context: the base64 of `0#<chat id>#0` (the chat thread id is
 * what the app finds its conversation by; the meeting id is opaque to it).
 */
export function meetingIdOf(chatId: string): string {
  // Chat ids are ASCII (`19:meeting_…@thread.v2`), so btoa takes them as they are.
  return btoa(`0#${chatId}#0`);
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

/** The host's reply to one request. */
export function replyTo(message: AppMessage, args: readonly unknown[]) {
  return { id: message.id, uuidAsString: message.uuidAsString, args };
}

/** The answer to `settings.setSettings`: `[true]`, or `[false, reason]`. */
export function setConfigAnswer(outcome: { ok: true } | { ok: false; reason: string }): readonly unknown[] {
  return outcome.ok ? [true] : [false, outcome.reason];
}

/** The host's event when the user selects Save on a configuration page (teams-js calls the save handler). */
export function saveEvent() {
  return { func: MESSAGES.save, args: [{}] };
}

/** The host's event telling the app the theme changed. */
export function themeChangeEvent(theme: string) {
  return { func: MESSAGES.themeChange, args: [theme] };
}
