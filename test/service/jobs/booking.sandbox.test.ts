/**
 * Booking a round as a durable job, on the sandbox with the queue on Azurite: Hanne books her six reports;
 * each conversation gets exactly one Teams meeting (in her calendar and the employee's), its chat id, the MUS
 * tab in the meeting chat and a notification; the job can be read by her only; a second POST books nothing
 * twice; a rebook moves the meeting in both calendars and a cancel removes it from both.
 */
import type { ServiceOnSandbox } from '../api/onSandbox';
import {
  createRound,
  HANNE,
  musEvents,
  notifications,
  slotsFor,
  waitForJob,
  type RoundConversation,
} from './bookingWorld';
import { startQueuedService, type QueuedService } from './queued';

jest.setTimeout(120_000);

let q: QueuedService;
let s: ServiceOnSandbox;
let hanne: string;
let reports: { id: string; userPrincipalName: string }[];

beforeAll(async () => {
  q = await startQueuedService('mus-queue-');
  ({ s, hanne, reports } = q);
});

afterAll(async () => {
  await q?.close();
});

const upnOf = (employeeId: string) => reports.find((r) => r.id === employeeId)?.userPrincipalName ?? '';

/** The tabs of a meeting chat, as Hanne (a member) sees them. */
async function tabsOf(chatId: string): Promise<string[]> {
  const token = await s.token(HANNE, 'https://graph.microsoft.com/TeamsTab.ReadWriteForChat');
  const res = await fetch(`${s.sandboxUrl}/v1.0/chats/${encodeURIComponent(chatId)}/tabs`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { value: { displayName: string }[] };
  return body.value.map((t) => t.displayName);
}

async function book(roundId: string, body?: unknown) {
  return s.call('POST', `/api/rounds/${roundId}/booking`, { token: hanne, ...(body ? { body } : {}) });
}

describe('booking a round', () => {
  let roundId: string;
  let conversations: RoundConversation[];

  beforeAll(async () => {
    ({ roundId, conversations } = await createRound(
      s.call,
      hanne,
      reports.map((r) => r.id),
    ));
  });

  it('refuses a round without a proposal or slots, and another leader’s round', async () => {
    const none = await book(roundId);
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('no_proposal');
    const lars = await s.token('lars.oestergaard@contoso-kommune.dk');
    const foreign = await s.call('POST', `/api/rounds/${roundId}/booking`, {
      token: lars,
      body: { slots: slotsFor(conversations) },
    });
    expect(foreign.status).toBe(404);
    expect(await musEvents(s.sandboxUrl, s.token, HANNE)).toHaveLength(0);
  });

  it('books one Teams meeting per conversation, with its chat, the MUS tab and a notification', async () => {
    const started = await book(roundId, { slots: slotsFor(conversations) });
    expect(started.status).toBe(202);
    const location = started.headers.get('location') ?? '';
    expect(location).toBe(`/api/jobs/${started.body.jobId}`);
    const again = await book(roundId, { slots: slotsFor(conversations) });
    expect(again.body.jobId).toBe(started.body.jobId);

    const job = await waitForJob(s.call, hanne, location);
    expect(job).toEqual({ state: 'done', done: 6, total: 6, failures: [] });
    const events = await musEvents(s.sandboxUrl, s.token, HANNE);
    expect(events.map((e) => e.transactionId).sort()).toEqual(
      conversations.map((c) => c.conversationId).sort(),
    );
    for (const c of conversations) {
      const reply = await s.call('GET', `/api/conversations/${c.conversationId}`, { token: hanne });
      const { meeting, status, calendarEventId } = reply.body.value;
      expect(status).toBe('booked');
      expect(meeting.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
      expect(events.find((e) => e.id === meeting.eventId)?.onlineMeeting?.joinUrl).toBe(meeting.joinUrl);
      expect(calendarEventId).toBe(meeting.eventId);
      expect(await tabsOf(meeting.chatId)).toEqual(['MUS']);
      const own = await musEvents(s.sandboxUrl, s.token, upnOf(c.employeeId));
      expect(own.filter((e) => e.onlineMeeting?.joinUrl === meeting.joinUrl)).toHaveLength(1);
    }
    const body = events[0]?.body.content ?? '';
    expect(body).toContain('Dagsorden');
    expect(body).toContain('https://teams.microsoft.com/l/entity/');
    const sent = await notifications(s.sandboxUrl);
    expect(sent.map((n) => n.recipientId).sort()).toEqual(conversations.map((c) => c.employeeId).sort());
  });

  it('shows the job to the round’s leader only', async () => {
    const round = await s.call('GET', '/api/rounds', { token: hanne });
    const jobId = round.body.find((r: { value: { id: string } }) => r.value.id === roundId).value.booking
      .jobId;
    expect((await s.call('GET', `/api/jobs/${jobId}`, { token: hanne })).status).toBe(200);
    const employee = await s.token(upnOf(conversations[0]!.employeeId));
    const lars = await s.token('lars.oestergaard@contoso-kommune.dk');
    for (const token of [employee, lars]) {
      const reply = await s.call('GET', `/api/jobs/${jobId}`, { token });
      expect(reply.status).toBe(404);
      expect(reply.body.state).toBeUndefined();
    }
    expect((await s.call('GET', `/api/jobs/${roundId}.nothing`, { token: hanne })).status).toBe(404);
  });

  it('a new booking after a finished one books nothing twice', async () => {
    const started = await book(roundId, { slots: slotsFor(conversations) });
    const job = await waitForJob(s.call, hanne, started.headers.get('location') ?? '');
    expect(job).toEqual({ state: 'done', done: 6, total: 6, failures: [] });
    expect(await musEvents(s.sandboxUrl, s.token, HANNE)).toHaveLength(6);
    expect(await notifications(s.sandboxUrl)).toHaveLength(6);
  });

  it('a rebook moves the meeting in both calendars; a cancel removes it from both', async () => {
    const [first, second] = conversations as [RoundConversation, RoundConversation];
    const read = await s.call('GET', `/api/conversations/${first.conversationId}`, { token: hanne });
    const slot = slotsFor([first], 30)[0]!;
    const moved = await s.call('POST', `/api/conversations/${first.conversationId}/status`, {
      token: hanne,
      headers: { 'if-match': read.body.etag },
      body: { event: 'rebook', slot: { start: slot.start, end: slot.end } },
    });
    expect(moved.status).toBe(200);
    const { joinUrl } = read.body.value.meeting;
    for (const upn of [HANNE, upnOf(first.employeeId)]) {
      const event = (await musEvents(s.sandboxUrl, s.token, upn)).find(
        (e) => e.onlineMeeting?.joinUrl === joinUrl,
      );
      expect(event?.start.dateTime.slice(0, 19)).toBe(slot.start.slice(0, 19));
    }

    const read2 = await s.call('GET', `/api/conversations/${second.conversationId}`, { token: hanne });
    const cancelled = await s.call('POST', `/api/conversations/${second.conversationId}/status`, {
      token: hanne,
      headers: { 'if-match': read2.body.etag },
      body: { event: 'cancel', reason: 'Sygdom' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.value.meeting).toBeNull();
    const gone = read2.body.value.meeting.joinUrl;
    for (const upn of [HANNE, upnOf(second.employeeId)]) {
      const events = await musEvents(s.sandboxUrl, s.token, upn);
      expect(events.some((e) => e.onlineMeeting?.joinUrl === gone)).toBe(false);
    }
    expect(await musEvents(s.sandboxUrl, s.token, upnOf(first.employeeId))).toHaveLength(1);
    expect(await musEvents(s.sandboxUrl, s.token, HANNE)).toHaveLength(5);
  });
});
