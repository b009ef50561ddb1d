import { createOfficeMailItem } from '../../src/adapters/office/officeMailItem';

describe('office.js mail item adapter (stub)', () => {
  it('reports "not in Outlook" when office.js is not loaded', async () => {
    await expect(createOfficeMailItem({ scope: {} }).connect()).resolves.toEqual({ inOutlook: false });
  });

  it('reports "not in Outlook" when Office runs in another host', async () => {
    const Office = { onReady: async () => ({ host: 'Word' }) };
    await expect(createOfficeMailItem({ scope: { Office } }).connect()).resolves.toEqual({
      inOutlook: false,
    });
  });

  it('reports "not in Outlook" when Office never gets ready', async () => {
    const Office = { onReady: () => new Promise(() => undefined) };
    const port = createOfficeMailItem({ scope: { Office }, timeoutMs: 50 });
    await expect(port.connect()).resolves.toEqual({ inOutlook: false });
  });

  it('in Outlook reads the display language and the subject', async () => {
    const Office = {
      onReady: async () => ({ host: 'Outlook' }),
      context: { displayLanguage: 'en-US', mailbox: { item: { subject: 'MUS – Ali' } } },
    };
    await expect(createOfficeMailItem({ scope: { Office } }).connect()).resolves.toEqual({
      inOutlook: true,
      locale: 'en-US',
      appointment: { subject: 'MUS – Ali' },
    });
  });
});
