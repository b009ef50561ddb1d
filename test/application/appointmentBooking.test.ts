import {
  appointmentDraft,
  bookAppointment,
  employeeChoices,
  linkAppointment,
} from '../../src/application/rounds/appointmentBooking';
import { LEADER, REPORTS, inMemoryMusService } from './support/inMemoryMusService';
import { inMemoryMailItem } from '../ui/support/fakePorts';

const today = new Date('2026-03-02T08:00:00Z');
const start = new Date('2026-03-09T09:00:00Z');
const [ida, ole] = REPORTS.map((p) => ({ ...p, mail: `${p.id}@contoso.dk` }));
const reports = [ida!, ole!];
const attendee = { displayName: 'Ole B.', emailAddress: `${ole!.id}@CONTOSO.dk` };

function setUp() {
  const service = inMemoryMusService(today);
  const mailItem = inMemoryMailItem({ inOutlook: true, locale: 'da-DK' });
  return { service, mailItem, ports: { ...service.as(LEADER.id), mailItem } };
}

describe('booking one conversation from an Outlook appointment', () => {
  it('offers the direct reports, the invited ones first (by mail address, any case)', () => {
    expect(employeeChoices([attendee], reports)).toEqual([
      { person: ole, invited: true },
      { person: ida, invited: false },
    ]);
  });

  it('plans a one-conversation round on the appointment’s day with the concept’s topics', () => {
    const { service } = setUp();
    const draft = appointmentDraft(service.concept, ole!, start, today);
    expect(draft.employeeIds).toEqual([ole!.id]);
    expect(draft.window).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(draft.title).toContain(ole!.displayName);
  });

  it('writes the invitation into the appointment, invites the employee, marks it, and links the saved meeting', async () => {
    const { service, mailItem, ports } = setUp();
    const draft = appointmentDraft(service.concept, ida!, start, today);
    // Outlook saves the appointment as soon as the pane has written it.
    const write = mailItem.write.bind(mailItem);
    mailItem.write = async (booking) => {
      service.saveAppointment(booking.conversationId, {
        start: start.toISOString(),
        end: '2026-03-09T10:00:00.000Z',
      });
      return write(booking);
    };
    const choice = { person: ida!, invited: false };
    const booked = await bookAppointment(ports, { roundId: 'r-outlook', draft, choice });
    expect(booked.ok).toBe(true);
    if (!booked.ok) return;
    expect(booked.value.linked).toBe(true);
    expect(booked.value.conversation.value).toMatchObject({
      status: 'booked',
      slot: { start: start.toISOString() },
    });
    const [written] = mailItem.written;
    expect(written).toMatchObject({
      conversationId: booked.value.conversation.value.id,
      invite: { displayName: ida!.displayName, emailAddress: ida!.mail },
    });
    expect(written?.html).toContain('Dagsorden');
    // Writing again (a retry) finishes the same round: one conversation.
    await bookAppointment(ports, { roundId: 'r-outlook', draft, choice });
    expect([...service.conversations.values()]).toHaveLength(1);
  });

  it('is not linked until Outlook has saved the appointment; checking again links it', async () => {
    const { service, mailItem, ports } = setUp();
    const draft = appointmentDraft(service.concept, ole!, start, today);
    const booked = await bookAppointment(ports, {
      roundId: 'r-2',
      draft,
      choice: { person: ole!, invited: true },
    });
    expect(booked).toMatchObject({ ok: true, value: { linked: false } });
    expect(mailItem.written[0]?.invite).toBeUndefined();
    if (!booked.ok) return;
    const id = booked.value.conversation.value.id;
    service.saveAppointment(id, { start: start.toISOString(), end: '2026-03-09T10:00:00.000Z' });
    await expect(linkAppointment(ports, booked.value.conversation)).resolves.toMatchObject({
      ok: true,
      value: { linked: true, conversation: { value: { status: 'booked' } } },
    });
  });

  it('stops at the step Outlook refused, and says which', async () => {
    const { service, mailItem, ports } = setUp();
    mailItem.write = async () => ({ ok: false, step: 'mark' });
    const draft = appointmentDraft(service.concept, ole!, start, today);
    await expect(
      bookAppointment(ports, { roundId: 'r-3', draft, choice: { person: ole!, invited: true } }),
    ).resolves.toEqual({ ok: false, step: 'mark' });
  });
});
