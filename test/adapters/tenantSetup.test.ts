/**
 * @jest-environment node
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadListenSettings, loadServiceConfig } from '../../src/service/config';
import { loadLiveSettings } from '../../src/service/live/settings';

const root = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]!);

const aad = JSON.parse(read('aad.manifest.json')) as {
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: number;
    oauth2PermissionScopes: { value: string; id: string }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  spa: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
};
const app = JSON.parse(read('manifest/manifest.json')) as {
  webApplicationInfo: { resource: string; nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[] };
};

/**
 * The Microsoft 365 clients that may ask for a token to our API without a consent prompt, as Microsoft lists
 * them (learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad,
 * "To configure authorized client application").
 */
const MICROSOFT_365_CLIENTS = {
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264': 'Teams desktop and mobile',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346': 'Teams web',
  '4765445b-32c6-49b0-83e6-1d93765276ca': 'Microsoft 365 web',
  '0ec893e0-5785-4de6-99da-4ed124e5296c': 'Microsoft 365 desktop',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c': 'Microsoft 365 mobile, Outlook desktop',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3': 'Outlook web',
  '27922004-5251-4030-b22d-91ecd9a37ea4': 'Outlook mobile',
};

describe('the Entra app manifest (aad.manifest.json) matches the app manifest', () => {
  it('exposes access_as_user on the App ID URI the tab and the Outlook pane ask for, in v2 tokens', () => {
    expect(aad.identifierUris).toEqual([app.webApplicationInfo.resource]);
    expect(aad.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes.map((s) => s.value)).toEqual(['access_as_user']);
    expect(app.webApplicationInfo.nestedAppAuthInfo[0]?.scopes).toEqual([
      `${app.webApplicationInfo.resource}/access_as_user`,
    ]);
  });

  it('pre-authorizes every Teams, Microsoft 365 and Outlook client for that scope', () => {
    const scopeId = aad.api.oauth2PermissionScopes[0]?.id;
    const authorized = new Map(
      aad.api.preAuthorizedApplications.map((a) => [a.appId, a.delegatedPermissionIds]),
    );
    for (const clientId of Object.keys(MICROSOFT_365_CLIENTS))
      expect([clientId, authorized.get(clientId)]).toEqual([clientId, [scopeId]]);
  });

  it('redirects nested app auth (brk-multihub) and the sign-in popup to the app’s own domain', () => {
    expect(aad.spa.redirectUris).toContain(app.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri);
    expect(aad.spa.redirectUris).toEqual([
      'brk-multihub://${{TAB_DOMAIN}}',
      '${{TAB_ENDPOINT}}/authEnd.html',
    ]);
  });

  it('asks for exactly the Graph permissions the README explains, each with its type', () => {
    const declared = aad.requiredResourceAccess
      .flatMap((r) => r.resourceAccess)
      .map((p) => `${p.id} ${p.type === 'Role' ? 'Application' : 'Delegated'}`)
      .sort();
    const section = read('README.md').split('## Run in your tenant')[1] ?? '';
    const explained = [...section.matchAll(/^ *\| `([A-Za-z.]+)` +\| (Delegated|Application) +\| \S/gm)]
      .map((m) => `${m[1]} ${m[2]}`)
      .sort();
    expect(explained).toEqual(declared);
  });
});

describe('teamsapp.yml', () => {
  it('builds the pages for deploy with the Entra app of the environment, not the sandbox’s', () => {
    const build = read('teamsapp.yml').split('name: build the pages')[1]?.split('- uses:')[0] ?? '';
    expect(build).toContain('MUS_CLIENT_ID: ${{AAD_APP_CLIENT_ID}}');
    expect(build).toContain('MUS_TENANT_ID: ${{AAD_APP_TENANT_ID}}');
    expect(build).toContain(`MUS_API_SCOPE: ${app.webApplicationInfo.resource}/access_as_user`);
  });
});

describe('infra/azure.bicep', () => {
  it('gives the service every setting it needs in a tenant, and makes it listen for the platform', () => {
    const block = read('infra/azure.bicep').split("name: 'appsettings'")[1]?.split('\n}\n')[0] ?? '';
    const names = [...block.matchAll(/^ {4}([A-Z_]+):/gm)].map((m) => m[1]!);
    const sample: Record<string, string> = {
      MUS_TAB_DOMAIN: 'mus-dev.azurewebsites.net',
      MUS_HR_GROUP_ID: '0b7e1c3a-5d2f-4e8a-9c61-2f4d8a7b3e10',
      HOST: '0.0.0.0',
      MUS_FLUID_ENDPOINT: 'https://eu.fluidrelay.azure.com',
      MUS_FLUID_TENANT_ID: '5a1e0f3c-9b2d-4c7e-8f61-3d2a7b9c4e10',
    };
    const env = Object.fromEntries(names.map((name) => [name, sample[name] ?? `${name}-value`]));
    expect(loadServiceConfig(env)).toMatchObject({
      mode: 'entra',
      apiAudience: 'api://mus-dev.azurewebsites.net/MUS_CLIENT_ID-value',
    });
    expect(loadListenSettings(env, []).host).toBe('0.0.0.0');
    // The live layer in a tenant: the relay's endpoint and tenant, its key from the Key Vault reference.
    expect(loadLiveSettings(env)).toMatchObject({
      endpoint: 'https://eu.fluidrelay.azure.com',
      tenantId: '5a1e0f3c-9b2d-4c7e-8f61-3d2a7b9c4e10',
    });
  });

  it('keeps both secrets in the Key Vault, read by the app through Key Vault references', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toContain(
      "MUS_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})'",
    );
    expect(bicep).toContain(
      "MUS_FLUID_KEY: '@Microsoft.KeyVault(SecretUri=${fluidKey.properties.secretUri})'",
    );
    expect(bicep).not.toMatch(/MUS_CLIENT_SECRET: aadAppClientSecret/);
  });
});

describe('the dev environment template (manifest/env/.env.dev) names every variable', () => {
  const named = new Set(
    [...read('manifest/env/.env.dev').matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]!),
  );
  const generatedByToolkit = new Set(['SECRET_AAD_APP_CLIENT_SECRET']); // kept in .env.dev.user

  it.each([
    'manifest/manifest.json',
    'manifest/en.json',
    'aad.manifest.json',
    'teamsapp.yml',
    'infra/azure.parameters.json',
  ])('%s uses only variables the template names', (file) => {
    expect(placeholders(read(file)).filter((n) => !named.has(n) && !generatedByToolkit.has(n))).toEqual([]);
  });

  it('names every output the Bicep file writes', () => {
    const outputs = [...read('infra/azure.bicep').matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
    expect(outputs.length).toBeGreaterThan(2);
    expect(outputs.filter((n) => !named.has(n))).toEqual([]);
  });
});

describe('scripts/grant-site.mjs (the Sites.Selected grant)', () => {
  const requests: string[] = [];
  let grants: { id: string; roles: string[]; grantedToIdentitiesV2: { application: { id: string } }[] }[] =
    [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${body}`.trim());
      const send = (status: number, value?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(value === undefined ? '' : JSON.stringify(value));
      };
      if (req.headers.authorization !== 'Bearer admin-token') return send(401, { error: { message: 'no' } });
      if (req.method === 'GET') return send(200, { value: grants });
      const parsed = JSON.parse(body) as {
        roles: string[];
        grantedToIdentities?: { application: { id: string } }[];
      };
      if (req.method === 'POST') {
        const grant = {
          id: `g${grants.length + 1}`,
          roles: parsed.roles,
          grantedToIdentitiesV2: parsed.grantedToIdentities!,
        };
        grants.push(grant);
        return send(201, grant);
      }
      const grant = grants.find((g) => req.url?.endsWith(`/${g.id}`))!;
      grant.roles = parsed.roles;
      return send(200, grant);
    });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const run = (args: string[], token = 'admin-token') =>
    promisify(execFile)('node', ['scripts/grant-site.mjs', '--graph', base, ...args], {
      cwd: root,
      env: { ...process.env, GRAPH_TOKEN: token },
    }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout,
        err: e.stderr,
      }),
    );

  it('creates the grant with write and raises it to manage; a second run changes nothing', async () => {
    grants = [];
    requests.length = 0;
    const first = await run(['--site', 'contoso.sharepoint.com,1,2', '--app', 'client-1']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/created: app client-1 has role manage/);
    expect(requests.map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual([
      'GET /v1.0/sites/contoso.sharepoint.com%2C1%2C2/permissions',
      'POST /v1.0/sites/contoso.sharepoint.com%2C1%2C2/permissions',
      'PATCH /v1.0/sites/contoso.sharepoint.com%2C1%2C2/permissions/g1',
      'GET /v1.0/sites/contoso.sharepoint.com%2C1%2C2/permissions',
    ]);
    expect(requests[1]).toContain('"roles":["write"]');
    expect(grants).toEqual([expect.objectContaining({ roles: ['manage'] })]);
    requests.length = 0;
    const again = await run(['--site', 'contoso.sharepoint.com,1,2', '--app', 'client-1']);
    expect(again.out).toMatch(/unchanged/);
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('says what is missing, and reports Graph’s refusal, without granting anything', async () => {
    grants = [];
    const missing = await run(['--site', 's1'], '');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/GRAPH_TOKEN is not set/);
    expect(missing.err).toMatch(/--app <client id> is missing/);
    const refused = await run(['--site', 's1', '--app', 'client-1'], 'wrong-token');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/GET \/sites\/s1\/permissions: 401 no/);
    expect(grants).toEqual([]);
  });
});
