import { appIdUri, loadServiceConfig } from '../../../src/service/config';
import {
  createTokenValidator,
  TokenError,
  V1_TOKEN_MESSAGE,
  type TokenValidator,
} from '../../../src/service/auth/tokenValidator';
import { startLocalIssuer, type LocalIssuer } from './localIssuer';

/**
 * Tokens shaped like the ones Entra issues to the tab (teams-js getAuthToken or nested app auth) for the MUS
 * API, checked with the settings a real tenant gives the service (config.ts), against the local JWKS.
 */
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5';
const V2_ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const V1_ISSUER = `https://sts.windows.net/${TENANT}/`;

let jwks: LocalIssuer;
let validator: TokenValidator;
const config = loadServiceConfig({
  MUS_TENANT_ID: TENANT,
  MUS_CLIENT_ID: CLIENT,
  MUS_CLIENT_SECRET: 'secret',
  MUS_TAB_DOMAIN: 'mus.contoso.dk',
  MUS_SITE_ID: 'contoso.sharepoint.com,1,2',
  MUS_HR_GROUP_ID: '0b7e1c3a-5d2f-4e8a-9c61-2f4d8a7b3e10',
});

beforeAll(async () => {
  jwks = await startLocalIssuer();
  // As main.ts builds it: the issuer from Entra's discovery document, both audiences of the app.
  validator = createTokenValidator({
    issuer: config.issuer,
    jwksUri: jwks.jwksUri,
    audiences: [config.apiAudience, config.clientId],
    tenantId: config.tenantId,
    requiredScope: 'access_as_user',
  });
});
afterAll(() => jwks.close());

const entraToken = (claims: Record<string, unknown>) =>
  jwks.sign({
    iss: V2_ISSUER,
    aud: appIdUri('mus.contoso.dk', CLIENT),
    tid: TENANT,
    oid: 'b3f1c0de-0000-4000-8000-000000000001',
    name: 'Mette Jensen',
    scp: 'access_as_user',
    ver: '2.0',
    azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ...claims,
  });

async function outcome(token: string): Promise<string> {
  try {
    return (await validator.validate(`Bearer ${token}`)).name;
  } catch (error) {
    if (error instanceof TokenError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

describe('tokens from Entra for the MUS API', () => {
  it('the audience defaults to the App ID URI api://<domain>/<client id>', () => {
    expect(config.apiAudience).toBe(`api://mus.contoso.dk/${CLIENT}`);
    expect(config.issuer).toBe(V2_ISSUER);
  });

  it('accepts a v2.0 token for the App ID URI, and one whose audience is the client id', async () => {
    expect(await outcome(await entraToken({}))).toBe('Mette Jensen');
    expect(await outcome(await entraToken({ aud: CLIENT }))).toBe('Mette Jensen');
  });

  it('refuses a v1.0 token and says to set accessTokenAcceptedVersion to 2', async () => {
    const v1 = await entraToken({ iss: V1_ISSUER, ver: '1.0', aud: appIdUri('mus.contoso.dk', CLIENT) });
    const refused = await outcome(v1);
    expect(refused).toBe(`token_invalid: ${V1_TOKEN_MESSAGE}`);
    expect(refused).toMatch(/"accessTokenAcceptedVersion": 2/);
  });

  it('refuses the v2.0 issuer of another tenant, another App ID URI, and a token for another API', async () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(await outcome(await entraToken({ iss: `https://login.microsoftonline.com/${other}/v2.0` }))).toBe(
      'token_invalid: Claim "iss" rejected',
    );
    expect(await outcome(await entraToken({ aud: appIdUri('evil.example', CLIENT) }))).toBe(
      'token_invalid: Claim "aud" rejected',
    );
    expect(await outcome(await entraToken({ aud: 'https://graph.microsoft.com' }))).toBe(
      'token_invalid: Claim "aud" rejected',
    );
  });

  it('refuses a token of the right issuer without the access_as_user scope (an ID token or a Graph scope)', async () => {
    expect(await outcome(await entraToken({ scp: 'User.Read' }))).toBe(
      'insufficient_scope: Scope access_as_user missing',
    );
  });
});
