import { sandboxConfig } from '../../../src/service/config';
import { OBO_GRANT, TokenError, TokenService } from '../../../src/service/graph/tokens';

const config = { ...sandboxConfig('http://issuer.test'), issuer: 'http://issuer.test/oidc' };

function fakeIssuer(options: { expiresIn?: number; refuse?: boolean } = {}) {
  const forms: URLSearchParams[] = [];
  let n = 0;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if (url === 'http://issuer.test/oidc/.well-known/openid-configuration') {
      return Response.json({
        issuer: 'http://issuer.test/oidc',
        token_endpoint: 'http://issuer.test/oidc/token-here',
      });
    }
    if (url === 'http://issuer.test/oidc/token-here' && init?.method === 'POST') {
      forms.push(new URLSearchParams(String(init.body)));
      if (options.refuse)
        return Response.json(
          { error: 'invalid_grant', error_description: 'assertion expired' },
          { status: 400 },
        );
      n += 1;
      return Response.json({
        access_token: `graph-${n}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 3600,
      });
    }
    return new Response('not found', { status: 404 });
  };
  return { fetchImpl, forms };
}

describe('Graph tokens from the issuer', () => {
  it('exchanges the caller token on-behalf-of at the discovered token endpoint', async () => {
    const issuer = fakeIssuer();
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl });
    await expect(tokens.onBehalfOf('api-token-of-mette', 'oid-mette').getToken()).resolves.toBe('graph-1');
    const form = issuer.forms[0];
    expect(form?.get('grant_type')).toBe(OBO_GRANT);
    expect(form?.get('requested_token_use')).toBe('on_behalf_of');
    expect(form?.get('assertion')).toBe('api-token-of-mette');
    expect(form?.get('client_id')).toBe(config.clientId);
    expect(form?.get('client_secret')).toBe(config.clientSecret);
    expect(form?.get('scope')).toBe(config.graphScope);
  });

  it('caches per user until near expiry, and keeps users apart', async () => {
    let now = 1_000_000;
    const issuer = fakeIssuer({ expiresIn: 3600 });
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl, now: () => now });
    const mette = tokens.onBehalfOf('t1', 'oid-mette');
    expect(await mette.getToken()).toBe('graph-1');
    expect(await tokens.onBehalfOf('t1-renewed', 'oid-mette').getToken()).toBe('graph-1');
    expect(await tokens.onBehalfOf('t2', 'oid-jonas').getToken()).toBe('graph-2');
    now += 54 * 60_000;
    expect(await mette.getToken()).toBe('graph-1');
    now += 2 * 60_000; // within five minutes of expiry
    expect(await mette.getToken()).toBe('graph-3');
    expect(tokens.exchanges).toBe(3);
  });

  it('keeps a bounded number of user tokens: the least recently used user exchanges again', async () => {
    const issuer = fakeIssuer();
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl, maxCachedTokens: 2 });
    expect(await tokens.onBehalfOf('t', 'oid-mette').getToken()).toBe('graph-1');
    expect(await tokens.onBehalfOf('t', 'oid-jonas').getToken()).toBe('graph-2');
    expect(await tokens.onBehalfOf('t', 'oid-mette').getToken()).toBe('graph-1');
    expect(await tokens.onBehalfOf('t', 'oid-ida').getToken()).toBe('graph-3');
    expect(await tokens.onBehalfOf('t', 'oid-mette').getToken()).toBe('graph-1');
    expect(await tokens.onBehalfOf('t', 'oid-jonas').getToken()).toBe('graph-4');
  });

  it('drops a token Graph refused and exchanges again with the client credentials', async () => {
    const issuer = fakeIssuer();
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl });
    const provider = tokens.appOnly();
    expect(await provider.getToken()).toBe('graph-1');
    provider.invalidate();
    expect(await provider.getToken()).toBe('graph-2');
    expect(issuer.forms.map((f) => f.get('grant_type'))).toEqual([
      'client_credentials',
      'client_credentials',
    ]);
    expect(issuer.forms[0]?.get('scope')).toBe(config.graphScope);
  });

  it('talks plain http only to the local sandbox: an Entra setting with an http issuer is refused', async () => {
    const issuer = fakeIssuer();
    const tokens = new TokenService({ ...config, mode: 'entra' }, { fetch: issuer.fetchImpl });
    await expect(tokens.appOnly().getToken()).rejects.toThrow(/https/i);
    expect(issuer.forms).toHaveLength(0);
  });

  it('shares one exchange between concurrent callers', async () => {
    const issuer = fakeIssuer();
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl });
    const app = tokens.appOnly();
    const got = await Promise.all([app.getToken(), app.getToken(), app.getToken()]);
    expect(got).toEqual(['graph-1', 'graph-1', 'graph-1']);
    expect(issuer.forms).toHaveLength(1);
    expect(issuer.forms[0]?.get('grant_type')).toBe('client_credentials');
  });

  it('fails with a typed error when the issuer refuses, and does not cache the failure', async () => {
    const issuer = fakeIssuer({ refuse: true });
    const tokens = new TokenService(config, { fetch: issuer.fetchImpl });
    const obo = tokens.onBehalfOf('expired');
    await expect(obo.getToken()).rejects.toEqual(expect.any(TokenError));
    await expect(obo.getToken()).rejects.toMatchObject({ status: 400, error: 'invalid_grant' });
    expect(issuer.forms).toHaveLength(2);
  });
});
