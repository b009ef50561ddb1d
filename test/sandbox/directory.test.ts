import { decodeJwt } from 'jose';
import type { DemoUser, Harness } from './harness';
import { HR_GROUP_ID, SERVICE_APP_ID } from '../../src/sandbox';
import { appToken, demoUsers, errorCode, form, graph, json, start, userToken, valueOf } from './harness';

let h: Harness;
let users: DemoUser[];
const byRole = (role: DemoUser['role']) => users.filter((u) => u.role === role);
const reportsOf = (id: string) => users.filter((u) => u.managerId === id);

beforeAll(async () => {
  h = await start();
  users = await demoUsers(h.url);
});
afterAll(() => h.stop());

describe('the demo organisation', () => {
  it('has an HR partner, a director and three leaders with 30, 6 and 4 reports', () => {
    expect(byRole('director')).toHaveLength(1);
    expect(byRole('hr').length).toBeGreaterThanOrEqual(1);
    const sizes = byRole('leader')
      .map((l) => reportsOf(l.id).length)
      .sort((a, b) => b - a);
    expect(sizes).toEqual([30, 6, 4]);
    expect(users.every((u) => u.userPrincipalName.endsWith('@contoso-kommune.dk'))).toBe(true);
    expect(new Set(users.map((u) => u.userPrincipalName)).size).toBe(users.length);
  });
});

describe('the OpenID issuer', () => {
  it('publishes discovery and a JWKS, and its tokens carry Entra-like claims', async () => {
    const disco = await json(await fetch(`${h.url}/oidc/.well-known/openid-configuration`));
    expect(disco).toMatchObject({ issuer: `${h.url}/oidc`, jwks_uri: `${h.url}/oidc/jwks` });
    const jwks = await json(await fetch(`${h.url}/oidc/jwks`));
    expect(jwks).toMatchObject({ keys: [{ kty: 'RSA', alg: 'RS256' }] });
    const leader = byRole('leader')[0]!;
    const claims = decodeJwt(await userToken(h.url, leader.userPrincipalName, 'api://mus/access_as_user'));
    expect(claims).toMatchObject({
      iss: `${h.url}/oidc`,
      aud: 'api://mus',
      oid: leader.id,
      scp: 'access_as_user',
      ver: '2.0',
    });
    expect(claims.tid).toEqual(expect.any(String));
    expect(claims.preferred_username).toBe(leader.userPrincipalName);
  });

  it('exchanges an api://mus token on behalf of the user for a Graph token', async () => {
    const employee = byRole('employee')[0]!;
    const assertion = await userToken(h.url, employee.userPrincipalName, 'api://mus/access_as_user');
    const res = await form(`${h.url}/oidc/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: SERVICE_APP_ID,
      client_secret: 'sandbox-secret',
      assertion,
      scope: 'https://graph.microsoft.com/Calendars.ReadWrite https://graph.microsoft.com/User.Read',
      requested_token_use: 'on_behalf_of',
    });
    expect(res.status).toBe(200);
    const access_token = String((await json(res)).access_token);
    expect(decodeJwt(access_token)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: employee.id,
      scp: 'Calendars.ReadWrite User.Read',
    });
    const me = await graph(h.url, access_token, 'GET', '/me');
    expect(me.body.userPrincipalName).toBe(employee.userPrincipalName);
  });

  it('refuses on-behalf-of with a wrong client secret', async () => {
    const assertion = await userToken(h.url, users[0]!.userPrincipalName, 'api://mus/access_as_user');
    const res = await form(`${h.url}/oidc/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: SERVICE_APP_ID,
      client_secret: 'wrong',
      assertion,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(res.status).toBe(401);
    expect(await json(res)).toMatchObject({ error: 'invalid_client' });
  });

  it('signs in through the authorize page with a code', async () => {
    const page = await (
      await fetch(
        `${h.url}/oidc/authorize?client_id=spa&redirect_uri=http://localhost/cb&scope=openid%20User.Read&state=s1`,
      )
    ).text();
    expect(page).toContain(byRole('director')[0]!.displayName);
    const director = byRole('director')[0]!;
    const res = await fetch(
      `${h.url}/oidc/authorize?client_id=spa&redirect_uri=http://localhost/cb&scope=openid%20User.Read&state=s1&user=${director.userPrincipalName}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('s1');
    const tok = await form(`${h.url}/oidc/token`, {
      grant_type: 'authorization_code',
      code: location.searchParams.get('code')!,
      redirect_uri: 'http://localhost/cb',
      client_id: 'spa',
    });
    const body = await json(tok);
    expect(decodeJwt(String(body.access_token))).toMatchObject({ oid: director.id, scp: 'User.Read' });
    expect(decodeJwt(String(body.id_token))).toMatchObject({ aud: 'spa', oid: director.id });
  });
});

describe('Graph directory', () => {
  it('answers 401 without a token, with a bad token, and with a token for api://mus', async () => {
    const none = await graph(h.url, undefined, 'GET', '/me');
    expect(none.status).toBe(401);
    expect(errorCode(none.body).code).toBe('InvalidAuthenticationToken');
    expect(none.body).toMatchObject({
      error: { innerError: { 'request-id': expect.any(String), date: expect.any(String) } },
    });
    expect((await graph(h.url, 'not-a-jwt', 'GET', '/me')).status).toBe(401);
    const apiToken = await userToken(h.url, users[0]!.userPrincipalName, 'api://mus/access_as_user');
    expect((await graph(h.url, apiToken, 'GET', '/me')).status).toBe(401);
  });

  it('answers 403 when the token lacks the scope or role', async () => {
    const onlyMe = await userToken(h.url, users[0]!.userPrincipalName, 'User.Read');
    expect((await graph(h.url, onlyMe, 'GET', '/me')).status).toBe(200);
    const other = await graph(h.url, onlyMe, 'GET', `/users/${users[1]!.id}`);
    expect(other.status).toBe(403);
    expect(errorCode(other.body).code).toBe('Authorization_RequestDenied');
    expect((await graph(h.url, onlyMe, 'GET', `/groups/${HR_GROUP_ID}/members`)).status).toBe(403);
  });

  it('gives a leader their direct reports and an employee their manager', async () => {
    const big = byRole('leader').find((l) => reportsOf(l.id).length === 30)!;
    const token = await userToken(h.url, big.userPrincipalName);
    const first = await graph(h.url, token, 'GET', '/me/directReports?$top=20');
    expect(valueOf(first.body)).toHaveLength(20);
    const next = String(first.body['@odata.nextLink']);
    const rest = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
    const restBody = await json(rest);
    expect(valueOf(restBody)).toHaveLength(10);
    expect(restBody['@odata.nextLink']).toBeUndefined();
    const employee = reportsOf(big.id)[0]!;
    const etoken = await userToken(h.url, employee.userPrincipalName);
    const manager = await graph(h.url, etoken, 'GET', '/me/manager');
    expect(manager.body).toMatchObject({ id: big.id, '@odata.type': '#microsoft.graph.user' });
    const byUpn = await graph(h.url, etoken, 'GET', `/users/${big.userPrincipalName}/directReports`);
    expect(valueOf(byUpn.body)).toHaveLength(30);
    const director = byRole('director')[0]!;
    expect((await graph(h.url, etoken, 'GET', `/users/${director.id}/manager`)).status).toBe(404);
  });

  it('lets the service read the HR group with an app-only token, but not /me', async () => {
    const token = await appToken(h.url);
    const members = await graph(h.url, token, 'GET', `/groups/${HR_GROUP_ID}/members`);
    expect(
      valueOf(members.body)
        .map((m) => m.id)
        .sort(),
    ).toEqual(
      byRole('hr')
        .map((u) => u.id)
        .sort(),
    );
    expect((await graph(h.url, token, 'GET', '/me')).status).toBe(400);
    const user = await graph(h.url, token, 'GET', `/users/${users[5]!.userPrincipalName}`);
    expect(user.body.id).toBe(users[5]!.id);
  });

  it('answers an unknown segment with Graph’s 400', async () => {
    const token = await userToken(h.url, users[0]!.userPrincipalName);
    const res = await graph(h.url, token, 'GET', '/me/nonsense');
    expect(res.status).toBe(400);
  });
});
