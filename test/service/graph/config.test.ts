import { ConfigError, loadServiceConfig } from '../../../src/service/config';

describe('service settings', () => {
  it('points at Entra and Graph from a tenant id and app registration', () => {
    const config = loadServiceConfig({
      MUS_TENANT_ID: 'tid-1',
      MUS_CLIENT_ID: 'app-1',
      MUS_CLIENT_SECRET: 's',
    });
    expect(config).toMatchObject({
      mode: 'entra',
      issuer: 'https://login.microsoftonline.com/tid-1/v2.0',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      graphScope: 'https://graph.microsoft.com/.default',
      apiAudience: 'api://app-1',
      siteSearch: 'MUS',
      siteId: undefined,
    });
  });

  it('points at the local sandbox by one setting, with the same shape', () => {
    const config = loadServiceConfig({ MUS_SANDBOX_URL: 'http://localhost:53100/', MUS_SITE_ID: 'site-9' });
    expect(config).toMatchObject({
      mode: 'sandbox',
      issuer: 'http://localhost:53100/oidc',
      graphBaseUrl: 'http://localhost:53100/v1.0',
      siteId: 'site-9',
    });
  });

  it('says what is missing instead of starting half configured', () => {
    expect(() => loadServiceConfig({ MUS_TENANT_ID: 'tid-1' })).toThrow(ConfigError);
    expect(() => loadServiceConfig({ MUS_SANDBOX_URL: 'not a url' })).toThrow(/MUS_SANDBOX_URL/);
  });
});
