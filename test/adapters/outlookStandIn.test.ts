import { createOfficeMailItem } from '../../src/adapters/office/officeMailItem';
import { eventOf } from '../../src/sandbox/host/outlookSave';
import {
  createStandInOffice,
  customPropertiesId,
  LOCAL_ADDIN_ID,
  type OutlookAppointment,
  type OutlookHostDeps,
} from '../../src/sandbox/host/outlookOffice';
import { addInPropertyId, markValue } from '../../src/service/jobs/appointmentMark';
import { DEFAULT_TEAMS_APP_ID } from '../../src/service/jobs/settings';
import {
  anAppointment,
  describeOfficeMailboxContract,
  type AppointmentFixture,
} from './support/officeMailboxContract';

function standIn(
  fixture: AppointmentFixture,
  calls: string[] = [],
  host: Partial<Pick<OutlookHostDeps, 'save' | 'signIn'>> = {},
) {
  let appointment: OutlookAppointment = { ...fixture, body: 'Dagsorden følger.' };
  return {
    Office: createStandInOffice({
      appointment: () => appointment,
      locale: () => fixture.locale,
      update: (change) => {
        appointment = { ...appointment, ...change };
      },
      onCall: (name) => calls.push(name),
      ...host,
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

  it('writes the conversation into the appointment and saves it marked where the service looks', async () => {
    const saved: Record<string, string>[] = [];
    const calls: string[] = [];
    const host = standIn(anAppointment(), calls, {
      save: async (properties) => (saved.push({ ...properties }), 'event-1'),
    });
    const port = createOfficeMailItem({ scope: { Office: host.Office } });
    const invite = { displayName: 'Ole Berg', emailAddress: 'ole.berg@contoso.dk' };
    const written = await port.write({
      subject: 'MUS-samtale: Ole Berg og Hanne',
      html: '<h2>Dagsorden</h2>',
      conversationId: 'c-1',
      invite,
    });
    expect(written).toEqual({ ok: true });
    const now = host.current();
    expect(now.subject).toBe('MUS-samtale: Ole Berg og Hanne');
    expect(now.body).toBe('<h2>Dagsorden</h2>Dagsorden følger.');
    expect(now.requiredAttendees).toEqual([...anAppointment().requiredAttendees, invite]);
    expect(saved).toEqual([{ musConversationId: 'c-1' }]);
    // Outlook keeps the mark where the service filters for it: the same property id and JSON value.
    expect(LOCAL_ADDIN_ID).toBe(DEFAULT_TEAMS_APP_ID);
    const event = eventOf({ id: undefined, appointment: now, teams: true, customProperties: saved[0]! });
    expect(event.singleValueExtendedProperties).toEqual([
      { id: addInPropertyId(DEFAULT_TEAMS_APP_ID), value: markValue('c-1') },
    ]);
    expect(customPropertiesId(LOCAL_ADDIN_ID)).toBe(addInPropertyId(DEFAULT_TEAMS_APP_ID));
    expect(calls).toEqual(expect.arrayContaining(['customProperties.saveAsync', 'saveAsync']));
  });

  it('names the step Outlook refused: this host saves nothing without a calendar', async () => {
    const host = standIn(anAppointment());
    const port = createOfficeMailItem({ scope: { Office: host.Office } });
    const written = await port.write({ subject: 'MUS', html: '<p>x</p>', conversationId: 'c-2' });
    expect(written).toEqual({ ok: false, step: 'save' });
  });

  it('answers the sign-in dialog with what the page signs in as', async () => {
    const { Office } = standIn(anAppointment(), [], { signIn: async () => '{"ok":true,"token":"t"}' });
    const dialog = await new Promise<{ status: string; value: unknown }>((resolve) =>
      Office.context.ui.displayDialogAsync('https://x/authStart.html', {}, resolve),
    );
    expect(dialog.status).toBe('succeeded');
    const message = await new Promise((resolve) =>
      (
        dialog.value as { addEventHandler: (t: string, h: (e: { message?: string }) => void) => void }
      ).addEventHandler('dialogMessageReceived', (e) => resolve(e.message)),
    );
    expect(message).toBe('{"ok":true,"token":"t"}');
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
