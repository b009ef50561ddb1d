/**
 * Sign-in settings, fixed at build time: webpack's DefinePlugin writes `process.env.MUS_*` from the build's
 * environment (webpack.config.js). Unset, they are the embedded default's values: the sandbox's MUS app and
 * tenant (the same values as `SANDBOX_CLIENT` and `SANDBOX_TENANT_ID` in src/service/config.ts).
 */

/** The one Entra app (SPA platform) the tab, the side panel and the Outlook task pane sign in with. */
export interface AuthSettings {
  /** The app's client id. */
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant id>`. */
  readonly authority: string;
  /** The delegated scope of the MUS service, `<App ID URI>/access_as_user`. */
  readonly apiScope: string;
}

const SANDBOX_CLIENT_ID = '82816054-f6ad-5222-a275-17ff0e6d3731';
const SANDBOX_TENANT_ID = 'b80e4c42-a043-5196-a8da-ccfd698286d2';
const SANDBOX_API_SCOPE = 'api://mus/access_as_user';

/** The settings of this build (each falls back to the embedded default's value when the build left it empty). */
export function authSettings(): AuthSettings {
  const tenantId = process.env.MUS_TENANT_ID || SANDBOX_TENANT_ID;
  return {
    clientId: process.env.MUS_CLIENT_ID || SANDBOX_CLIENT_ID,
    authority: `https://login.microsoftonline.com/${tenantId}`,
    apiScope: process.env.MUS_API_SCOPE || SANDBOX_API_SCOPE,
  };
}
