import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import { provisionMusSite } from '../../../src/service/sharepoint';
import { startSandbox } from '../graph/sandboxHarness';
import { recordStoreContract } from './recordStoreContract';

recordStoreContract('the SharePoint record store on the sandbox', async () => {
  const sandbox = await startSandbox();
  const app = sandbox.factory().app();
  const site = await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch });
  const store = createSharePointRecordStore(app, site);
  return { store: () => store, close: () => sandbox.close() };
});

it('gives SharePoint’s own item eTags (the API’s ETag is SharePoint’s)', async () => {
  const sandbox = await startSandbox();
  try {
    const app = sandbox.factory().app();
    const store = createSharePointRecordStore(
      app,
      await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch }),
    );
    const created = await store.create('audit', 'a1', { schemaVersion: 1 }, {});
    expect(created.etag).toMatch(/^".+,\d+"$/);
  } finally {
    await sandbox.close();
  }
});
