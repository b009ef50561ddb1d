import type { AccessTokenPort } from '../../src/application/ports/AccessTokenPort';
import type { HostPort } from '../../src/application/ports/HostPort';
import { freshTeamsTokenPort } from './support/teamsTokenPort';
import { installFakeTeamsHost, type FakeTeamsHost, type LegacyContext } from './support/fakeTeamsHost';

// teams-js keeps its state in module scope: every test gets a fresh copy of it and of both adapters.
async function freshAdapters(tokenTimeoutMs = 1000): Promise<{ host: HostPort; token: AccessTokenPort }> {
  jest.resetModules();
  const { createTeamsHost } = await import('../../src/adapters/teams/teamsHost');
  return { host: createTeamsHost({ timeoutMs: 1000 }), token: await freshTeamsTokenPort(tokenTimeoutMs) };
}

const personalTab: LegacyContext = {
  frameContext: 'content',
  locale: 'da-DK',
  theme: 'default',
  userObjectId: '00000000-0000-0000-0000-0000000000a1',
  userDisplayName: 'Mette Leder',
};

let fake: FakeTeamsHost | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe('token port with the real teams-js and a Teams host without nested app auth', () => {
  it('gets the SSO token from the host once teams-js is initialised', async () => {
    fake = installFakeTeamsHost({ context: personalTab, authToken: 'eyJ.sso.token' });
    const { host, token } = await freshAdapters();
    expect((await host.connect()).inHost).toBe(true);
    expect(await token.getAccessToken()).toEqual({ ok: true, token: 'eyJ.sso.token' });
    expect(fake.calls).toContain('authentication.getAuthToken');
  });

  it('does not ask a host it is not connected to', async () => {
    fake = installFakeTeamsHost({ context: personalTab, authToken: 'eyJ.sso.token' });
    const { token } = await freshAdapters();
    expect((await token.getAccessToken()).ok).toBe(false);
    expect(fake.calls).not.toContain('authentication.getAuthToken');
  });

  it('reports a refusal when the host answers with an SSO error', async () => {
    fake = installFakeTeamsHost({ context: personalTab, authToken: { error: 'resourceRequiresConsent' } });
    const { host, token } = await freshAdapters();
    await host.connect();
    expect(await token.getAccessToken()).toEqual({ ok: false, reason: 'refused' });
  });

  it('gives up when the host never answers the token request', async () => {
    fake = installFakeTeamsHost({ context: personalTab });
    const { host, token } = await freshAdapters(200);
    await host.connect();
    expect(await token.getAccessToken()).toEqual({ ok: false, reason: 'timeout' });
  });
});

/** A token shaped like Entra's: a JWT whose payload expires `inMs` from now. */
const jwtExpiringIn = (inMs: number, id: string) =>
  `eyJhbGciOiJSUzI1NiJ9.${btoa(JSON.stringify({ exp: Math.floor((Date.now() + inMs) / 1000), id })).replace(/=+$/, '')}.c2ln`;
const hostTokenCalls = (host: FakeTeamsHost) =>
  host.calls.filter((call) => call === 'authentication.getAuthToken').length;

describe('token port keeps the host’s token until shortly before it expires', () => {
  it('asks the host once for a side panel’s many requests while the token is fresh', async () => {
    const token = jwtExpiringIn(60 * 60_000, 'a');
    fake = installFakeTeamsHost({ context: personalTab, authToken: token });
    const { host, token: port } = await freshAdapters();
    await host.connect();
    // A side panel opening: the conversation, notes, goals, preparation and private notes at once…
    const opening = await Promise.all(Array.from({ length: 8 }, () => port.getAccessToken()));
    // …then a save after each pause in typing.
    for (let save = 0; save < 5; save++) expect(await port.getAccessToken()).toEqual({ ok: true, token });
    expect(opening.every((r) => r.ok && r.token === token)).toBe(true);
    expect(hostTokenCalls(fake)).toBe(1);
  });

  it('asks the host again for a token that expires within five minutes', async () => {
    fake = installFakeTeamsHost({ context: personalTab, authToken: jwtExpiringIn(4 * 60_000, 'b') });
    const { host, token: port } = await freshAdapters();
    await host.connect();
    await port.getAccessToken();
    await port.getAccessToken();
    expect(hostTokenCalls(fake)).toBe(2);
  });

  it('keeps no refusal: the next request asks the host again', async () => {
    fake = installFakeTeamsHost({ context: personalTab, authToken: { error: 'resourceRequiresConsent' } });
    const { host, token: port } = await freshAdapters();
    await host.connect();
    await port.getAccessToken();
    await port.getAccessToken();
    expect(hostTokenCalls(fake)).toBe(2);
  });
});
