import { ConfigError, loadListenSettings, loadServiceConfig } from '../../../src/service/config';

const HR = '0b7e1c3a-5d2f-4e8a-9c61-2f4d8a7b3e10';
const entra = {
  MUS_TENANT_ID: 'tid-1',
  MUS_CLIENT_ID: 'app-1',
  MUS_CLIENT_SECRET: 's',
  MUS_TAB_DOMAIN: 'mus.contoso.dk',
  MUS_SITE_ID: 'contoso.sharepoint.com,1,2',
  MUS_HR_GROUP_ID: HR,
};

describe('service settings', () => {
  it('points at Entra and Graph from a tenant id and app registration; the audience is the App ID URI', () => {
    expect(loadServiceConfig(entra)).toMatchObject({
      mode: 'entra',
      issuer: 'https://login.microsoftonline.com/tid-1/v2.0',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      graphScope: 'https://graph.microsoft.com/.default',
      apiAudience: 'api://mus.contoso.dk/app-1',
      siteId: 'contoso.sharepoint.com,1,2',
      hrGroupId: HR,
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

  it('names every missing setting instead of starting half configured', () => {
    expect(() => loadServiceConfig({ MUS_TENANT_ID: 'tid-1' })).toThrow(
      'Entra mode needs MUS_CLIENT_ID, MUS_CLIENT_SECRET, MUS_TAB_DOMAIN, MUS_SITE_ID, MUS_HR_GROUP_ID',
    );
    expect(() => loadServiceConfig({ MUS_SANDBOX_URL: 'not a url' })).toThrow(/MUS_SANDBOX_URL/);
  });

  it('takes the HR group only as a group object id, and the domain only as a host name', () => {
    expect(() => loadServiceConfig({ ...entra, MUS_HR_GROUP_ID: 'hr' })).toThrow(ConfigError);
    expect(() => loadServiceConfig({ ...entra, MUS_HR_GROUP_ID: 'hr' })).toThrow(/object id of the HR group/);
    expect(() => loadServiceConfig({ ...entra, MUS_TAB_DOMAIN: 'https://mus.contoso.dk' })).toThrow(
      /MUS_TAB_DOMAIN/,
    );
  });
});

describe('where the service listens', () => {
  it('stays on this machine by default, and opens to the platform in a container', () => {
    expect(loadListenSettings({}, [])).toEqual({ host: '127.0.0.1', port: 53000, https: false });
    expect(loadListenSettings({ WEBSITE_SITE_NAME: 'mus', PORT: '8080' }, [])).toEqual({
      host: '0.0.0.0',
      port: 8080,
      https: false,
    });
    expect(loadListenSettings({ CONTAINER_APP_NAME: 'mus', HOST: '10.0.0.4' }, []).host).toBe('10.0.0.4');
  });

  it('serves HTTPS when asked by flag or setting, and refuses a port that is none', () => {
    expect(loadListenSettings({}, ['node', 'main', '--https']).https).toBe(true);
    expect(loadListenSettings({ MUS_HTTPS: '1' }, []).https).toBe(true);
    expect(() => loadListenSettings({ PORT: 'eighty' }, [])).toThrow(ConfigError);
  });
});
