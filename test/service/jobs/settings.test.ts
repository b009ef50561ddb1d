/** The job settings: Azurite or keys by connection string, a tenant's queue by URL, the side panel's address. */
import { DEFAULT_TAB_URL, loadJobSettings } from '../../../src/service/jobs/settings';

describe('job settings', () => {
  it('are absent without a queue, so booking answers 503 and no worker runs', () => {
    expect(loadJobSettings({})).toBeUndefined();
  });

  it('take a tenant queue by URL (managed identity) and the side panel on the app’s domain', () => {
    const settings = loadJobSettings({
      MUS_JOBS_QUEUE_URL: 'https://musjobs.queue.core.windows.net/mus-jobs',
      MUS_TAB_DOMAIN: 'mus.contoso.dk',
    });
    expect(settings).toMatchObject({
      queueUrl: 'https://musjobs.queue.core.windows.net/mus-jobs',
      tabUrl: 'https://mus.contoso.dk/meeting.html',
      visibilitySeconds: 60,
    });
    expect(settings?.connectionString).toBeUndefined();
  });

  it('prefer a connection string, and default to the local side panel', () => {
    const settings = loadJobSettings({
      MUS_QUEUE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      MUS_JOBS_QUEUE_URL: 'https://musjobs.queue.core.windows.net/mus-jobs',
    });
    expect(settings).toMatchObject({
      connectionString: 'UseDevelopmentStorage=true',
      tabUrl: DEFAULT_TAB_URL,
    });
    expect(settings?.queueUrl).toBeUndefined();
  });

  it('refuse a visibility timeout too short to renew', () => {
    expect(() =>
      loadJobSettings({ MUS_QUEUE_CONNECTION_STRING: 'x', MUS_QUEUE_VISIBILITY_SECONDS: '1' }),
    ).toThrow(/MUS_QUEUE_VISIBILITY_SECONDS/);
  });
});
