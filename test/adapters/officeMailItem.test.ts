import { createOfficeMailItem } from '../../src/adapters/office/officeMailItem';
import {
  anAppointment,
  describeOfficeMailboxContract,
  type AppointmentFixture,
} from './support/officeMailboxContract';

/** Like office.js in Outlook: compose-mode properties answer `getAsync` with an `AsyncResult`, later. */
function officeJsCompose(fixture: AppointmentFixture, failing: readonly string[] = []) {
  const property = (key: string, value: unknown) => ({
    getAsync: (callback: (result: unknown) => void) =>
      setTimeout(() =>
        callback(
          failing.includes(key)
            ? { status: 'failed', value: undefined, error: { code: 9000, message: 'Access denied' } }
            : { status: 'succeeded', value },
        ),
      ),
  });
  return {
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: fixture.locale,
      mailbox: {
        item: {
          itemType: 'appointment',
          subject: property('subject', fixture.subject),
          requiredAttendees: property('requiredAttendees', fixture.requiredAttendees),
          optionalAttendees: property('optionalAttendees', fixture.optionalAttendees),
          start: property('start', fixture.start),
          end: property('end', fixture.end),
        },
      },
    },
  };
}

/** Like office.js on an appointment the user attends (read mode): plain values. */
function officeJsRead(fixture: AppointmentFixture) {
  return {
    onReady: async () => ({ host: 'Outlook' }),
    context: { displayLanguage: fixture.locale, mailbox: { item: { ...fixture, itemType: 'appointment' } } },
  };
}

describeOfficeMailboxContract('office.js in compose mode', (fixture) => officeJsCompose(fixture));
describeOfficeMailboxContract('office.js in read mode', (fixture) => officeJsRead(fixture));

describe('office.js mail item adapter', () => {
  it('reports "not in Outlook" when office.js is not loaded', async () => {
    await expect(createOfficeMailItem({ scope: {} }).connect()).resolves.toEqual({ inOutlook: false });
  });

  it('reports "not in Outlook" when Office runs in another host, or outside Office (host null)', async () => {
    for (const host of ['Word', null]) {
      const Office = { onReady: async () => ({ host }) };
      await expect(createOfficeMailItem({ scope: { Office } }).connect()).resolves.toEqual({
        inOutlook: false,
      });
    }
  });

  it('reports "not in Outlook" when Office never gets ready', async () => {
    const Office = { onReady: () => new Promise(() => undefined) };
    const port = createOfficeMailItem({ scope: { Office }, timeoutMs: 50 });
    await expect(port.connect()).resolves.toEqual({ inOutlook: false });
  });

  it('is in Outlook without an appointment when Outlook refuses to give the item', async () => {
    const Office = officeJsCompose(anAppointment({ locale: 'en-US' }), ['requiredAttendees']);
    await expect(createOfficeMailItem({ scope: { Office } }).connect()).resolves.toEqual({
      inOutlook: true,
      locale: 'en-US',
    });
  });

  it('leaves out attendees Outlook gives in a shape it does not document', async () => {
    const Office = officeJsRead(anAppointment({ requiredAttendees: [{ name: 'x' }] as never }));
    const connection = await createOfficeMailItem({ scope: { Office } }).connect();
    expect(connection).toMatchObject({ appointment: { requiredAttendees: [] } });
  });
});
