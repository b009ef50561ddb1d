/**
 * Service settings. Entra or the local Microsoft 365 sandbox is a matter of configuration only: the same
 * code runs against both, with other URLs and ids.
 *
 * Environment variables (all optional except where the mode needs them):
 * - `MUS_SANDBOX_URL`      e.g. http://localhost:53100 — sandbox mode: issuer `<url>/oidc`, Graph `<url>/v1.0`
 * - `MUS_TENANT_ID`        Entra tenant id (Entra mode; default issuer https://login.microsoftonline.com/{tid}/v2.0)
 * - `MUS_ISSUER`           overrides the issuer (authority) URL; the token endpoint is read from its discovery doc
 * - `MUS_GRAPH_BASE_URL`   overrides the Graph base URL (default https://graph.microsoft.com/v1.0)
 * - `MUS_CLIENT_ID`, `MUS_CLIENT_SECRET`  the service's app registration (confidential client)
 * - `MUS_TAB_DOMAIN`       the app's domain (TAB_DOMAIN of the manifest), e.g. `mus.contoso.dk`: the App ID URI is
 *                          `api://<domain>/<client id>`
 * - `MUS_API_AUDIENCE`     overrides the audience of tokens the browser sends (default: that App ID URI)
 * - `MUS_GRAPH_SCOPE`      scope asked for in OBO and app-only exchanges (default `<graph origin>/.default`)
 * - `MUS_SITE_ID`          the MUS SharePoint site id (Entra mode: required, Sites.Selected cannot search);
 *                          in the sandbox the site is found by search without it
 * - `MUS_SITE_SEARCH`      the search text that finds the MUS site (default `MUS`)
 * - `MUS_HR_GROUP_ID`      object id of the Entra group whose members are HR (Entra mode: required)
 * Listening (`loadListenSettings`): `HOST` (default 127.0.0.1, or 0.0.0.0 on Azure App Service and Container
 * Apps), `PORT` (default 53000), `MUS_HTTPS=1` or `--https` for HTTPS with the Office dev certificates.
 */
import { z } from 'zod';

export type ServiceMode = 'entra' | 'sandbox';

export interface ServiceConfig {
  readonly mode: ServiceMode;
  /** OpenID issuer (authority); `<issuer>/.well-known/openid-configuration` is its discovery document. */
  readonly issuer: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly apiAudience: string;
  /** Graph root including the version segment, without a trailing slash. */
  readonly graphBaseUrl: string;
  /** Scope for OBO and client-credentials exchanges, e.g. https://graph.microsoft.com/.default. */
  readonly graphScope: string;
  readonly siteId: string | undefined;
  readonly siteSearch: string;
  /** Object id of the HR group (the sandbox's callers pass theirs to `startService`). */
  readonly hrGroupId: string | undefined;
}

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
/**
 * The MUS service's app registration as the sandbox seeds it (its client id is the sandbox's deterministic
 * guid for 'app:mus-service'); overridable like any other setting. Service code does not import the sandbox.
 */
export const SANDBOX_CLIENT = {
  id: 'f258b688-3305-532d-a5a3-02e5a672ec5f',
  secret: 'sandbox-secret',
} as const;
export const SANDBOX_TENANT_ID = '88d98389-953b-55c7-be18-3f3db0e3cc28';
export const SANDBOX_API_AUDIENCE = 'api://mus';

const envSchema = z.object({
  MUS_SANDBOX_URL: z.url().optional(),
  MUS_TENANT_ID: z.string().min(1).optional(),
  MUS_ISSUER: z.url().optional(),
  MUS_GRAPH_BASE_URL: z.url().optional(),
  MUS_CLIENT_ID: z.string().min(1).optional(),
  MUS_CLIENT_SECRET: z.string().min(1).optional(),
  MUS_API_AUDIENCE: z.string().min(1).optional(),
  MUS_GRAPH_SCOPE: z.string().min(1).optional(),
  MUS_SITE_ID: z.string().min(1).optional(),
  MUS_SITE_SEARCH: z.string().min(1).optional(),
  MUS_TAB_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/, 'a host name such as mus.contoso.dk (lower case, no https://)')
    .optional(),
  MUS_HR_GROUP_ID: z.guid('the object id of the HR group (a GUID), not its name').optional(),
});

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** `env` as `schema` reads it; a bad value is a {@link ConfigError} naming `what` and the variable. */
export function readEnv<S extends z.ZodType>(schema: S, env: Env, what: string): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The loader of a feature's settings (`loadJobSettings`, `loadLiveSettings`): the environment read by
 * `schema`, then `build` with the caller's overrides (which win), undefined when the feature is not set up.
 */
export function settingsLoader<S extends z.ZodType, T>(
  what: string,
  schema: S,
  build: (e: z.output<S>, overrides: Partial<T>) => T | undefined,
) {
  return (env: Env = process.env, overrides: Partial<T> = {}): T | undefined =>
    build(readEnv(schema, env, what), overrides);
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Reads the settings from environment variables (validated; a bad value is a {@link ConfigError}). */
export function loadServiceConfig(env: Env = process.env): ServiceConfig {
  const e = readEnv(envSchema, env, 'service settings');
  if (e.MUS_SANDBOX_URL) {
    const sandbox = trimSlash(e.MUS_SANDBOX_URL);
    return sandboxConfig(sandbox, {
      clientId: e.MUS_CLIENT_ID,
      clientSecret: e.MUS_CLIENT_SECRET,
      siteId: e.MUS_SITE_ID,
      siteSearch: e.MUS_SITE_SEARCH,
      tenantId: e.MUS_TENANT_ID,
      apiAudience: e.MUS_API_AUDIENCE,
      hrGroupId: e.MUS_HR_GROUP_ID,
    });
  }
  const { MUS_TENANT_ID: tenantId, MUS_CLIENT_ID: clientId, MUS_CLIENT_SECRET: clientSecret } = e;
  const audience =
    e.MUS_API_AUDIENCE ?? (e.MUS_TAB_DOMAIN && clientId && appIdUri(e.MUS_TAB_DOMAIN, clientId));
  const missing = Object.entries({
    MUS_TENANT_ID: tenantId,
    MUS_CLIENT_ID: clientId,
    MUS_CLIENT_SECRET: clientSecret,
    MUS_TAB_DOMAIN: audience,
    MUS_SITE_ID: e.MUS_SITE_ID,
    MUS_HR_GROUP_ID: e.MUS_HR_GROUP_ID,
  })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length || !tenantId || !clientId || !clientSecret || !audience) {
    throw new ConfigError(
      `Entra mode needs ${missing.join(', ')} (README "Run in your tenant"), or MUS_SANDBOX_URL for the local sandbox.`,
    );
  }
  const graphBaseUrl = trimSlash(e.MUS_GRAPH_BASE_URL ?? DEFAULT_GRAPH_BASE_URL);
  return {
    mode: 'entra',
    issuer: trimSlash(e.MUS_ISSUER ?? `https://login.microsoftonline.com/${tenantId}/v2.0`),
    tenantId,
    clientId,
    clientSecret,
    apiAudience: audience,
    graphBaseUrl,
    graphScope: e.MUS_GRAPH_SCOPE ?? `${new URL(graphBaseUrl).origin}/.default`,
    siteId: e.MUS_SITE_ID,
    siteSearch: e.MUS_SITE_SEARCH ?? 'MUS',
    hrGroupId: e.MUS_HR_GROUP_ID,
  };
}

/** Settings for a sandbox at `sandboxUrl` (e.g. the URL `createSandbox` returned). */
export function sandboxConfig(
  sandboxUrl: string,
  overrides: Partial<
    Record<
      'clientId' | 'clientSecret' | 'siteId' | 'siteSearch' | 'tenantId' | 'apiAudience' | 'hrGroupId',
      string
    >
  > = {},
): ServiceConfig {
  const base = trimSlash(sandboxUrl);
  const clientId = overrides.clientId ?? SANDBOX_CLIENT.id;
  return {
    mode: 'sandbox',
    issuer: `${base}/oidc`,
    tenantId: overrides.tenantId ?? SANDBOX_TENANT_ID,
    clientId,
    clientSecret: overrides.clientSecret ?? SANDBOX_CLIENT.secret,
    apiAudience: overrides.apiAudience ?? SANDBOX_API_AUDIENCE,
    graphBaseUrl: `${base}/v1.0`,
    graphScope: 'https://graph.microsoft.com/.default',
    siteId: overrides.siteId,
    siteSearch: overrides.siteSearch ?? 'MUS',
    hrGroupId: overrides.hrGroupId,
  };
}

/** The App ID URI of the Entra app (aad.manifest.json `identifierUris`): the audience of the tab's tokens. */
export function appIdUri(domain: string, clientId: string): string {
  return `api://${domain}/${clientId}`;
}

export interface ListenSettings {
  readonly host: string;
  readonly port: number;
  /** Serve HTTPS with the Office add-in dev certificates (office-addin-dev-certs). */
  readonly https: boolean;
}

const listenSchema = z.object({
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  MUS_HTTPS: z.enum(['0', '1', 'true', 'false']).optional(),
});

/**
 * Where the service listens. Locally 127.0.0.1 (nothing outside the machine reaches it); in a container
 * (App Service sets WEBSITE_SITE_NAME, Container Apps CONTAINER_APP_NAME) 0.0.0.0, as the platform's
 * front end must reach it. `HOST` overrides both.
 */
export function loadListenSettings(
  env: Env = process.env,
  argv: readonly string[] = process.argv,
): ListenSettings {
  const e = readEnv(listenSchema, env, 'listen settings');
  const inContainer = Boolean(env.WEBSITE_SITE_NAME || env.CONTAINER_APP_NAME);
  return {
    host: e.HOST ?? (inContainer ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT ?? 53000,
    https: argv.includes('--https') || e.MUS_HTTPS === '1' || e.MUS_HTTPS === 'true',
  };
}
