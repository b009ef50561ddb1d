/**
 * One conversation booked from an Outlook appointment, on the sandbox: Hanne plans a one-conversation round,
 * reads the invitation in the employee's language, saves an appointment marked by the add-in (as Outlook
 * stores an add-in's custom properties), and the service makes it the conversation's meeting: booked at the
 * appointment's time, its chat with the MUS tab, the employee notified; once, however often it is asked. An
 * appointment saved after the pane asked (and closed) is linked by the service's link job, with no one asking.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addInPropertyId, markValue } from '../../../src/service/jobs/appointmentMark';
import { startAzurite, type Azurite } from '../../../src/service/jobs/azurite';
import { DEFAULT_TEAMS_APP_ID, loadJobSettings } from '../../../src/service/jobs/settings';
import { startServiceOnSandbox, type ServiceOnSandbox } from '../api/onSandbox';
import { createRound, HANNE, musEvents, notifications, type RoundConversation } from './bookingWorld';

jest.setTimeout(120_000);

let azurite: Azurite;
let s: ServiceOnSandbox;
let folder: string;
let hanne: string;
let employee: { id: string; userPrincipalName: string; displayName: string };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mus-queue-'));
  azurite = await startAzurite({ location: folder });
  const jobs = loadJobSettings({}, { connectionString: azurite.connectionString });
  s = await startServiceOnSandbox(jobs ? { jobs } : {});
  hanne = await s.token(HANNE);
  const users = await s.users();
  const hanneId = users.find((u) => u.userPrincipalName === HANNE)?.id;
  const first = users.find((u) => u.managerId === hanneId);
  if (!first) throw new Error('Hanne has reports');
  employee = first;
});

afterAll(async () => {
  await s?.close();
  await azurite?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What Outlook does when the leader saves the appointment: the event, with the add-in's custom properties. */
async function saveAppointment(conversationId: string, start: Date, mark = markValue(conversationId)) {
  const token = await s.token(HANNE, 'https://graph.microsoft.com/Calendars.ReadWrite');
  const at = (d: Date) => ({ dateTime: d.toISOString().replace(/Z$/, ''), timeZone: 'UTC' });
  const res = await fetch(`${s.sandboxUrl}/v1.0/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: 'MUS',
      start: at(start),
      end: at(new Date(start.getTime() + 3600_000)),
      attendees: [{ emailAddress: { address: employee.userPrincipalName }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      categories: ['MUS'],
      singleValueExtendedProperties: [{ id: addInPropertyId(DEFAULT_TEAMS_APP_ID), value: mark }],
    }),
  });
  if (res.status !== 201) throw new Error(`event: ${res.status} ${await res.text()}`);
}

/** The conversation once its meeting is recorded and the employee told (`meeting.notified`), within 30 s. */
async function toldWithin(path: string) {
  const until = Date.now() + 30_000;
  let value = (await s.call('GET', path, { token: hanne })).body.value;
  while (value.meeting?.notified !== true && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    value = (await s.call('GET', path, { token: hanne })).body.value;
  }
  return value;
}

describe('a conversation booked from an Outlook appointment', () => {
  let conversation: RoundConversation;
  const start = new Date(Date.now() + 7 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);

  beforeAll(async () => {
    const round = await createRound(s.call, hanne, [employee.id]);
    conversation = round.conversations[0] as RoundConversation;
  });

  it('gives the invitation in the employee’s language, with the agenda and the link to Teams', async () => {
    const reply = await s.call('GET', `/api/conversations/${conversation.conversationId}/invitation`, {
      token: hanne,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.language).toBe('da');
    expect(reply.body.subject).toContain(employee.displayName);
    expect(reply.body.html).toContain('<h2>Dagsorden</h2>');
    expect(reply.body.html).toContain('Udviklingsmål');
    expect(reply.body.html).toContain('https://teams.microsoft.com/l/entity/');
  });

  it('refuses the invitation and the link to the employee', async () => {
    const token = await s.token(employee.userPrincipalName);
    const path = `/api/conversations/${conversation.conversationId}`;
    expect((await s.call('GET', `${path}/invitation`, { token })).body.code).toBe('forbidden');
    expect((await s.call('POST', `${path}/meeting`, { token })).body.code).toBe('forbidden');
  });

  it('answers meeting_not_found before the appointment is saved, and changes nothing', async () => {
    // Another conversation's appointment is not this one's.
    await saveAppointment(randomUUID(), start);
    const path = `/api/conversations/${conversation.conversationId}`;
    const reply = await s.call('POST', `${path}/meeting`, { token: hanne });
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe('meeting_not_found');
    expect(reply.body.messages.da).toMatch(/Outlook/);
    const after = await s.call('GET', `${path}/`, { token: hanne });
    expect(after.body.value.status).toBe('planned');
    expect(after.body.value.meeting).toBeNull();
  });

  it('makes the saved appointment the conversation’s meeting, once', async () => {
    await saveAppointment(conversation.conversationId, start);
    const path = `/api/conversations/${conversation.conversationId}`;
    const first = await s.call('POST', `${path}/meeting`, { token: hanne });
    expect(first.status).toBe(200);
    const value = first.body.value;
    expect(value.status).toBe('booked');
    expect(value.slot.start).toBe(start.toISOString());
    expect(value.meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(value.meeting.chatId).toMatch(/@thread\.v2$/);
    const again = await s.call('POST', `${path}/meeting`, { token: hanne });
    expect(again.status).toBe(200);
    const { eventId, joinUrl, chatId } = value.meeting;
    expect(again.body.value.meeting).toMatchObject({ eventId, joinUrl, chatId });
    // The link job the earlier 404 queued may have linked it first: it tells the employee; no one else does.
    await toldWithin(path);
    const booked = (await notifications(s.sandboxUrl)).filter((n) => n.recipientId === employee.id);
    expect(booked).toHaveLength(1);
    // The employee has the meeting in their calendar (the attendee's copy of the appointment).
    const theirs = await musEvents(s.sandboxUrl, s.token, employee.userPrincipalName);
    const copies = theirs.filter((e) => e.onlineMeeting?.joinUrl === value.meeting.joinUrl);
    expect(copies.map((e) => e.start.dateTime.slice(0, 16))).toEqual([start.toISOString().slice(0, 16)]);
  });
});

it('links an appointment saved after the pane closed, with no one asking again', async () => {
  const users = await s.users();
  const hanneId = users.find((u) => u.userPrincipalName === HANNE)?.id;
  const other = users.filter((u) => u.managerId === hanneId)[1];
  if (!other) throw new Error('Hanne has two reports');
  const round = await createRound(s.call, hanne, [other.id]);
  const { conversationId } = round.conversations[0] as RoundConversation;
  const path = `/api/conversations/${conversationId}`;
  // The pane asked once, before Outlook saved the appointment; then it was closed.
  const early = await s.call('POST', `${path}/meeting`, { token: hanne });
  expect(early.body.code).toBe('meeting_not_found');
  const start = new Date(Date.now() + 8 * 86_400_000);
  start.setUTCHours(13, 0, 0, 0);
  await saveAppointment(conversationId, start);

  const value = await toldWithin(path);
  expect(value.status).toBe('booked');
  expect(value.slot.start).toBe(start.toISOString());
  expect(value.meeting.chatId).toMatch(/@thread\.v2$/);
  const told = (await notifications(s.sandboxUrl)).filter((n) => n.recipientId === other.id);
  expect(told).toHaveLength(1);
});
