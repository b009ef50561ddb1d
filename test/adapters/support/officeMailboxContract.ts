/**
 * The contract an `Office` object must keep for the task pane: what office.js gives in Outlook, read through
 * the mail item adapter. Run against an office.js-shaped fake (test/adapters/officeMailItem.test.ts) and the
 * local Outlook host's stand-in (test/adapters/outlookStandIn.test.ts), so the stand-in can't drift.
 */
import { createOfficeMailItem } from '../../../src/adapters/office/officeMailItem';

/** An appointment being organised, as the contract's cases set it up. */
export interface AppointmentFixture {
  readonly subject: string;
  readonly requiredAttendees: readonly { displayName: string; emailAddress: string }[];
  readonly optionalAttendees: readonly { displayName: string; emailAddress: string }[];
  readonly start: Date;
  readonly end: Date;
  readonly locale: string;
}

export const anAppointment = (overrides: Partial<AppointmentFixture> = {}): AppointmentFixture => ({
  subject: 'MUS 2026 – Ida Holm',
  requiredAttendees: [{ displayName: 'Ida Holm', emailAddress: 'ida.holm@contoso.dk' }],
  optionalAttendees: [{ displayName: 'Bo Berg', emailAddress: 'bo.berg@contoso.dk' }],
  start: new Date('2026-03-02T09:00:00Z'),
  end: new Date('2026-03-02T10:00:00Z'),
  locale: 'da-DK',
  ...overrides,
});

/** The contract: `make(fixture)` returns an `Office` object for an appointment being organised. */
export function describeOfficeMailboxContract(
  name: string,
  make: (fixture: AppointmentFixture) => unknown,
): void {
  describe(`${name}: the Office mailbox contract`, () => {
    it('is ready in Outlook and gives the appointment being organised', async () => {
      const fixture = anAppointment();
      await expect(createOfficeMailItem({ scope: { Office: make(fixture) } }).connect()).resolves.toEqual({
        inOutlook: true,
        locale: 'da-DK',
        appointment: {
          subject: fixture.subject,
          requiredAttendees: fixture.requiredAttendees,
          optionalAttendees: fixture.optionalAttendees,
          start: fixture.start,
          end: fixture.end,
        },
      });
    });

    it('gives an empty subject and no attendees for a new appointment, in the display language', async () => {
      const fixture = anAppointment({
        subject: '',
        requiredAttendees: [],
        optionalAttendees: [],
        locale: 'en-US',
      });
      const connection = await createOfficeMailItem({ scope: { Office: make(fixture) } }).connect();
      expect(connection).toMatchObject({
        inOutlook: true,
        locale: 'en-US',
        appointment: { subject: '', requiredAttendees: [], optionalAttendees: [] },
      });
    });
  });
}
