import type { Configuration } from '@azure/msal-browser';
import type { AccessTokenPort, AccessTokenResult } from '../../application/ports/AccessTokenPort';
import { TimeoutError, withTimeout } from '../timeout';
import type { AuthSettings } from './authSettings';
import { parsePopupMessage, popupStartUrl } from './popupMessage';
import { tokenCache } from './tokenCache';
import type { MsalClient, OfficeAuth, TokenSdk } from './tokenSdk';

/** Options for the token adapter. */
export interface AccessTokenOptions {
  readonly settings: AuthSettings;
  readonly sdk: TokenSdk;
  /** The page's origin: the popup pages and MSAL's redirect page are on it. */
  readonly origin: string;
  /** How long a silent request may take (a host that never answers must not leave a spinner forever). */
  readonly timeoutMs?: number;
  /** How long an interactive sign-in may take (the user types a password, approves MFA). */
  readonly interactiveTimeoutMs?: number;
  /** The clock the token cache compares expiries with. */
  readonly now?: () => number;
}

/**
 * How this page gets tokens, decided per request from what the host offers:
 * - `naa`: the host brokers MSAL (Teams `isNAAChannelRecommended()`, Outlook `NestedAppAuth 1.1`);
 * - `teamsSso`: Teams without NAA, `authentication.getAuthToken()` (popup: `authentication.authenticate`);
 * - `officeDialog`: Outlook without NAA, nothing silent (popup: the Office dialog API);
 * - `browser`: no host, MSAL on its own (popup: MSAL's).
 */
export type TokenRoute =
  | { readonly kind: 'naa' }
  | { readonly kind: 'teamsSso' }
  | { readonly kind: 'officeDialog'; readonly office: OfficeAuth }
  | { readonly kind: 'browser' };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_INTERACTIVE_TIMEOUT_MS = 5 * 60_000;

/** Decide the route: Teams first (teams-js initialised), then Outlook (office.js ready), else the browser. */
export async function chooseRoute(sdk: TokenSdk): Promise<TokenRoute> {
  if (sdk.teams.isInitialized()) return { kind: sdk.teams.isNAAChannelRecommended() ? 'naa' : 'teamsSso' };
  const office = await sdk.office();
  if (office) return office.isNestedAppAuthSupported() ? { kind: 'naa' } : { kind: 'officeDialog', office };
  return { kind: 'browser' };
}

/**
 * The {@link AccessTokenPort} over teams-js, office.js and MSAL (see {@link TokenRoute}). A token is kept
 * until shortly before it expires (`tokenCache.ts`): the host is asked once per token, not once per request.
 */
export function createAccessToken(options: AccessTokenOptions): AccessTokenPort {
  const { settings, sdk, origin } = options;
  const silentMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const interactiveMs = options.interactiveTimeoutMs ?? DEFAULT_INTERACTIVE_TIMEOUT_MS;
  const scopes = [settings.apiScope];
  const config: Configuration = {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: `${origin}/authEnd.html`,
    },
    cache: { cacheLocation: 'localStorage' },
  };
  const clients = new Map<'naa' | 'browser', Promise<MsalClient>>();
  const client = (kind: 'naa' | 'browser'): Promise<MsalClient> => {
    let made = clients.get(kind);
    if (!made) {
      made = kind === 'naa' ? sdk.createNestable(config) : sdk.createStandard(config);
      made.catch(() => clients.delete(kind));
      clients.set(kind, made);
    }
    return made;
  };

  /** MSAL silently with the account it knows; under NAA the host may show its own prompt, so a popup follows. */
  async function viaMsal(kind: 'naa' | 'browser', interactive: boolean): Promise<AccessTokenResult> {
    const msal = await withTimeout(client(kind), silentMs, 'MSAL');
    const [account] = msal.getAllAccounts();
    if (account !== undefined) {
      try {
        const silent = msal.acquireTokenSilent({ scopes, account });
        return tokenResult((await withTimeout(silent, silentMs, 'MSAL')).accessToken);
      } catch (error) {
        if (error instanceof TimeoutError || !interactive) throw error;
      }
    }
    if (!interactive) return { ok: false, reason: 'interactionRequired' };
    return tokenResult(
      (await withTimeout(msal.acquireTokenPopup({ scopes }), interactiveMs, 'MSAL')).accessToken,
    );
  }

  /** Ask for a token the way the route of this request takes (never rejects: see {@link guard}). */
  const byRoute = (act: RouteActions) =>
    guard(async () => {
      const route = await chooseRoute(sdk);
      return route.kind === 'officeDialog' ? act.officeDialog(route.office) : act[route.kind]();
    });
  const popup = async (message: Promise<unknown>, host: string) =>
    parsePopupMessage(await withTimeout(message, interactiveMs, host));
  const cache = tokenCache(options.now);

  return {
    getAccessToken: () =>
      cache.get(() =>
        byRoute({
          naa: () => viaMsal('naa', true),
          teamsSso: async () => tokenResult(await withTimeout(sdk.teams.getAuthToken(), silentMs, 'Teams')),
          officeDialog: async () => ({ ok: false, reason: 'interactionRequired' }),
          browser: () => viaMsal('browser', false),
        }),
      ),
    signIn: () =>
      cache.keep(
        byRoute({
          naa: () => viaMsal('naa', true),
          teamsSso: () => popup(sdk.teams.authenticate(popupStartUrl(origin, 'teams')), 'Teams'),
          officeDialog: (office) => popup(office.openDialog(popupStartUrl(origin, 'office')), 'Office'),
          browser: () => viaMsal('browser', true),
        }),
      ),
  };
}

/** What to do on each route; the Office dialog route has the Office API to open its dialog with. */
type RouteActions = { readonly officeDialog: (office: OfficeAuth) => Promise<AccessTokenResult> } & {
  readonly [K in Exclude<TokenRoute['kind'], 'officeDialog'>]: () => Promise<AccessTokenResult>;
};

function tokenResult(token: unknown): AccessTokenResult {
  return typeof token === 'string' && token.trim() !== ''
    ? { ok: true, token }
    : { ok: false, reason: 'refused' };
}

/** Never reject: a timeout is `timeout`, MSAL's "interaction required" is that, anything else a refusal. */
async function guard(run: () => Promise<AccessTokenResult>): Promise<AccessTokenResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, reason: 'timeout' };
    if (error instanceof Error && error.name === 'InteractionRequiredAuthError')
      return { ok: false, reason: 'interactionRequired' };
    return { ok: false, reason: 'refused' };
  }
}
