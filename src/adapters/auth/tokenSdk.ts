/**
 * The boundary between the token adapter and the SDKs it drives (teams-js, office.js, MSAL). The adapter
 * decides; this file only calls. Tests replace the whole object with fakes (test/adapters/accessToken.test.ts).
 */
import { authentication, nestedAppAuth, app } from '@microsoft/teams-js';
import type { AccountInfo, Configuration } from '@azure/msal-browser';
import { officeReady, type OfficeLike } from '../office/officeGlobal';

/** The few MSAL calls the adapter makes (a subset of `IPublicClientApplication`). */
export interface MsalClient {
  getAllAccounts(): AccountInfo[];
  acquireTokenSilent(request: { scopes: string[]; account: AccountInfo }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

/** Teams as a token source, once teams-js is initialised. */
export interface TeamsAuth {
  /** teams-js is initialised (the host adapter's `connect()` did it). */
  isInitialized(): boolean;
  /** The host brokers MSAL's requests (`nestedAppAuth.isNAAChannelRecommended()`). */
  isNAAChannelRecommended(): boolean;
  /** Teams single sign-on (`authentication.getAuthToken()`). */
  getAuthToken(): Promise<string>;
  /** Teams' authentication window on `url`; resolves with what the page passed to `notifySuccess`. */
  authenticate(url: string): Promise<string>;
}

/** Outlook as a token source, once office.js is ready in Outlook. */
export interface OfficeAuth {
  /** `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  isNestedAppAuthSupported(): boolean;
  /** The Office dialog API on `url`; resolves with the first message the dialog sends to its parent. */
  openDialog(url: string): Promise<string>;
}

/** Everything the token adapter uses from outside. */
export interface TokenSdk {
  readonly teams: TeamsAuth;
  /** Office in Outlook, or undefined (no office.js, another host, or not ready in time). */
  office(): Promise<OfficeAuth | undefined>;
  /** MSAL brokered by the host (`createNestablePublicClientApplication`). */
  createNestable(config: Configuration): Promise<MsalClient>;
  /** MSAL on its own in the browser (`createStandardPublicClientApplication`). */
  createStandard(config: Configuration): Promise<MsalClient>;
}

/** The real SDKs. MSAL is loaded on first use, so pages that never need it don't download it. */
export function realTokenSdk(): TokenSdk {
  return {
    teams: {
      isInitialized: () => safe(() => app.isInitialized()),
      isNAAChannelRecommended: () =>
        safe(() => app.isInitialized() && nestedAppAuth.isNAAChannelRecommended()),
      getAuthToken: () => authentication.getAuthToken(),
      authenticate: (url) => authentication.authenticate({ url, width: 600, height: 535 }),
    },
    async office() {
      const office = await officeReady();
      return office && office.host === 'Outlook' ? officeAuth(office.Office) : undefined;
    },
    async createNestable(config) {
      const msal = await import('@azure/msal-browser');
      return msal.createNestablePublicClientApplication(config);
    },
    async createStandard(config) {
      const msal = await import('@azure/msal-browser');
      return msal.createStandardPublicClientApplication(config);
    },
  };
}

function officeAuth(office: OfficeLike): OfficeAuth {
  return {
    isNestedAppAuthSupported: () =>
      safe(() => office.context.requirements?.isSetSupported('NestedAppAuth', '1.1') === true),
    openDialog: (url) =>
      new Promise((resolve, reject) => {
        const ui = office.context.ui;
        if (!ui) return reject(new Error('This Office host has no dialog API'));
        ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
          const dialog = opened.value;
          if (opened.status !== 'succeeded' || !dialog) return reject(new Error('The dialog did not open'));
          dialog.addEventHandler('dialogMessageReceived', (event) => {
            dialog.close();
            if (typeof event.message === 'string') resolve(event.message);
            else reject(new Error('The dialog sent no message'));
          });
          dialog.addEventHandler('dialogEventReceived', () => reject(new Error('The dialog was closed')));
        });
      }),
  };
}

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
