/**
 * Fakes at the SDK boundary of the token adapter (src/adapters/auth/tokenSdk.ts): a Teams host, an Outlook
 * host and MSAL that answer as the SDKs do, and record what they were asked.
 */
import type { AccountInfo, Configuration } from '@azure/msal-browser';
import type { MsalClient, OfficeAuth, TeamsAuth, TokenSdk } from '../../../src/adapters/auth/tokenSdk';

/** A fake MSAL client: an account or none, and what its silent and popup requests give. */
export interface FakeMsal extends MsalClient {
  readonly asked: string[];
}

export function fakeMsal(
  options: {
    account?: boolean;
    silent?: () => Promise<string>;
    popup?: () => Promise<string>;
  } = {},
): FakeMsal {
  const asked: string[] = [];
  const account = { homeAccountId: 'u1', username: 'mette@contoso.dk' } as AccountInfo;
  return {
    asked,
    getAllAccounts: () => (options.account ? [account] : []),
    async acquireTokenSilent(request) {
      asked.push(`silent ${request.scopes.join(' ')}`);
      return { accessToken: await (options.silent ?? (() => Promise.resolve('msal-silent')))() };
    },
    async acquireTokenPopup(request) {
      asked.push(`popup ${request.scopes.join(' ')}`);
      return { accessToken: await (options.popup ?? (() => Promise.resolve('msal-popup')))() };
    },
  };
}

/** What the fake SDK was asked, in order. */
export interface FakeSdk extends TokenSdk {
  readonly calls: string[];
  readonly configs: Configuration[];
}

/** A token SDK where each host is present or not, and MSAL is `msal` whichever way it is made. */
export function fakeTokenSdk(options: {
  teams?: Partial<TeamsAuth>;
  office?: Partial<OfficeAuth>;
  msal?: MsalClient;
}): FakeSdk {
  const calls: string[] = [];
  const configs: Configuration[] = [];
  const msal = options.msal ?? fakeMsal();
  const teams = options.teams;
  const office = options.office;
  return {
    calls,
    configs,
    teams: {
      isInitialized: () => teams !== undefined,
      isNAAChannelRecommended: () => teams?.isNAAChannelRecommended?.() ?? false,
      getAuthToken: () => {
        calls.push('teams.getAuthToken');
        return teams?.getAuthToken?.() ?? new Promise<string>(() => undefined);
      },
      authenticate: (url) => {
        calls.push(`teams.authenticate ${url}`);
        return teams?.authenticate?.(url) ?? Promise.reject(new Error('CancelledByUser'));
      },
    },
    office: () =>
      Promise.resolve(
        office && {
          isNestedAppAuthSupported: () => office.isNestedAppAuthSupported?.() ?? false,
          openDialog: (url: string) => {
            calls.push(`office.openDialog ${url}`);
            return office.openDialog?.(url) ?? Promise.reject(new Error('12006'));
          },
        },
      ),
    createNestable: (config) => {
      calls.push('msal.createNestable');
      configs.push(config);
      return Promise.resolve(msal);
    },
    createStandard: (config) => {
      calls.push('msal.createStandard');
      configs.push(config);
      return Promise.resolve(msal);
    },
  };
}
