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
