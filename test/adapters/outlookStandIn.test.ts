import { createOfficeMailItem } from '../../src/adapters/office/officeMailItem';
import { createStandInOffice, type OutlookAppointment } from '../../src/sandbox/host/outlookOffice';
import {
  anAppointment,
  describeOfficeMailboxContract,
  type AppointmentFixture,
} from './support/officeMailboxContract';

function standIn(fixture: AppointmentFixture, calls: string[] = []) {
  let appointment: OutlookAppointment = { ...fixture, body: 'Dagsorden følger.' };
  return {
    Office: createStandInOffice({
      appointment: () => appointment,
      locale: () => fixture.locale,
      update: (change) => {
        appointment = { ...appointment, ...change };
      },
      onCall: (name) => calls.push(name),
    }),
    current: () => appointment,
  };
}

// The local Outlook host page's stand-in keeps the same contract as office.js.
describeOfficeMailboxContract('the local Outlook host', (fixture) => standIn(fixture).Office);

describe('the local Outlook host’s Office stand-in', () => {
  it('reads the appointment as it is at the moment of the call, and hears every call', async () => {
    const calls: string[] = [];
    const host = standIn(anAppointment(), calls);
    const port = createOfficeMailItem({ scope: { Office: host.Office } });
    host.Office.context.mailbox.item.subject.setAsync?.('MUS 2026 – ændret');
    const connection = await port.connect();
    expect(connection).toMatchObject({ appointment: { subject: 'MUS 2026 – ændret' } });
    expect(calls).toEqual(
      expect.arrayContaining([
        'onReady',
        'subject.setAsync',
        'subject.getAsync',
        'requiredAttendees.getAsync',
      ]),
    );
  });

  it('offers no nested app authentication and no dialogs, so sign-in says the user must act', async () => {
    const { Office } = standIn(anAppointment());
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.15')).toBe(false);
    expect(Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    const opened = await new Promise<{ status: string }>((resolve) =>
      Office.context.ui.displayDialogAsync('https://x/authStart.html', {}, resolve),
    );
    expect(opened.status).toBe('failed');
  });
});
