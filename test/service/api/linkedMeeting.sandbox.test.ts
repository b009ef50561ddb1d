/**
 * A Teams meeting the app did not book, linked on the configuration page: the service finds its event in the
 * leader's calendar from the meeting's chat (`GET /chats/{id}`: `onlineMeetingInfo.calendarEventId`), so a
 * book/rebook moves it and a cancel cancels it in both calendars, as for a meeting the app booked. A meeting
 * linked by its chat alone (`chat:<chatId>`, Graph could not tell) whose event cannot be found is refused
 * with a clear Danish/English word, and nothing changes.
 */
import { z } from 'zod';
import { createRound, HANNE, slotsFor, type RoundConversation } from '../jobs/bookingWorld';
import { startQueuedService, type QueuedService } from '../jobs/queued';
import type { ServiceOnSandbox } from './onSandbox';

jest.setTimeout(120_000);

const CALENDAR = 'https://graph.microsoft.com/Calendars.ReadWrite';
const eventSchema = z.object({
  id: z.string(),
  start: z.object({ dateTime: z.string() }),
  isCancelled: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string() }),
});

const listedSchema = z.object({
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
  isCancelled: z.boolean().nullish(),
});

let q: QueuedService;
let s: ServiceOnSandbox;
let hanne: string;
let conversations: RoundConversation[];
let upnOf: (id: string) => string;

beforeAll(async () => {
  q = await startQueuedService('mus-queue-');
  ({ s, hanne } = q);
  const reports = q.reports.slice(0, 2);
  upnOf = (id) => reports.find((r) => r.id === id)?.userPrincipalName ?? '';
  conversations = (
    await createRound(
      s.call,
      hanne,
      reports.map((r) => r.id),
    )
  ).conversations;
});

afterAll(async () => {
  await q?.close();
});

async function graph(upn: string, method: string, path: string, body?: object, scope = CALENDAR) {
  const res = await fetch(`${s.sandboxUrl}/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await s.token(upn, scope)}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as unknown) };
}

/** Hanne makes a Teams meeting with her employee herself, in Outlook: its event and its chat. */
async function ownMeeting(employeeUpn: string) {
  const [slot] = slotsFor([{ conversationId: '', employeeId: '' }], 40);
  const made = await graph(HANNE, 'POST', '/me/events', {
    subject: 'Vores snak',
    start: { dateTime: slot!.start.slice(0, 19), timeZone: 'UTC' },
    end: { dateTime: slot!.end.slice(0, 19), timeZone: 'UTC' },
    attendees: [{ emailAddress: { address: employeeUpn }, type: 'required' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
  });
  const event = eventSchema.parse(made.body);
  const filter = encodeURIComponent(`JoinWebUrl eq '${event.onlineMeeting.joinUrl}'`);
  const online = await graph(
    HANNE,
    'GET',
    `/me/onlineMeetings?$filter=${filter}`,
    undefined,
    'https://graph.microsoft.com/OnlineMeetings.ReadWrite',
  );
  const chatId = z
    .object({ value: z.array(z.object({ chatInfo: z.object({ threadId: z.string() }) })) })
    .parse(online.body).value[0]!.chatInfo.threadId;
  return { event, chatId };
}

async function link(chatId: string, conversationId: string) {
  const current = await s.call('GET', `/api/conversations/${conversationId}`, { token: hanne });
  return s.call('PUT', `/api/meetings/${encodeURIComponent(chatId)}/conversation`, {
    token: hanne,
    headers: { 'if-match': current.body.etag },
    body: { conversationId },
  });
}

async function step(conversationId: string, body: object) {
  const current = await s.call('GET', `/api/conversations/${conversationId}`, { token: hanne });
  return s.call('POST', `/api/conversations/${conversationId}/status`, {
    token: hanne,
    headers: { 'if-match': current.body.etag },
    body,
  });
}

describe('a meeting linked on the configuration page', () => {
  it('is linked to its real event: booking moves it, a cancel cancels it in both calendars', async () => {
    const first = conversations[0]!;
    const employee = upnOf(first.employeeId);
    const { event, chatId } = await ownMeeting(employee);
    const linked = await link(chatId, first.conversationId);
    expect(linked.status).toBe(200);
    expect(linked.body.value.meeting).toEqual({
      eventId: event.id,
      joinUrl: event.onlineMeeting.joinUrl,
      chatId,
    });

    const [slot] = slotsFor([first], 50);
    const booked = await step(first.conversationId, {
      event: 'book',
      slot: { start: slot!.start, end: slot!.end },
    });
    expect(booked.status).toBe(200);
    const moved = eventSchema.parse((await graph(HANNE, 'GET', `/me/events/${event.id}`)).body);
    expect(moved.start.dateTime.slice(0, 19)).toBe(slot!.start.slice(0, 19));

    const cancelled = await step(first.conversationId, { event: 'cancel', reason: 'Sygdom' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.value.meeting).toBeNull();
    for (const upn of [HANNE, employee]) {
      const events = z
        .object({ value: z.array(listedSchema) })
        .parse((await graph(upn, 'GET', '/me/events?$top=1000')).body).value;
      expect(
        events.some((e) => e.onlineMeeting?.joinUrl === event.onlineMeeting.joinUrl && !e.isCancelled),
      ).toBe(false);
    }
  });

  it('linked by its chat alone and not found: a rebook or cancel is refused in Danish and English', async () => {
    const second = conversations[1]!;
    // A chat Graph does not know (the meeting is gone, or was never Hanne's): linked by its chat only.
    const chatId = '19:meeting_aWtrZS1oZW5lcy1tb2RlLXNpZ25vbA@thread.v2';
    const linked = await link(chatId, second.conversationId);
    expect(linked.body.value.meeting).toEqual({ eventId: `chat:${chatId}`, joinUrl: '', chatId });
    const [slot] = slotsFor([second], 60);
    const refused = await step(second.conversationId, {
      event: 'book',
      slot: { start: slot!.start, end: slot!.end },
    });
    expect(refused.body).toMatchObject({
      status: 409,
      code: 'linked_meeting_unknown',
      messages: {
        da: expect.stringMatching(/ikke booket af MUS/),
        en: expect.stringMatching(/not booked by MUS/),
      },
    });
    const cancel = await step(second.conversationId, { event: 'cancel', reason: 'Sygdom' });
    expect(cancel.body).toMatchObject({ status: 409, code: 'linked_meeting_unknown' });
    const after = await s.call('GET', `/api/conversations/${second.conversationId}`, { token: hanne });
    expect(after.body.value).toMatchObject({ status: 'planned', meeting: { chatId } });
  });
});
