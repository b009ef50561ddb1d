import { z } from 'zod';
import type { DemoUser, Harness } from './harness';
import { demoUsers, errorCode, graph, start, userToken, valueOf } from './harness';

let h: Harness;
let leader: DemoUser;
let employee: DemoUser;
let leaderToken: string;
let employeeToken: string;

beforeAll(async () => {
  h = await start();
  const users = await demoUsers(h.url);
  leader = users.find((u) => u.role === 'leader' && users.filter((r) => r.managerId === u.id).length === 4)!;
  employee = users.find((u) => u.managerId === leader.id)!;
  leaderToken = await userToken(h.url, leader.userPrincipalName);
  employeeToken = await userToken(h.url, employee.userPrincipalName);
});
afterAll(() => h.stop());

const musEvent = (transactionId: string, extra: Record<string, unknown> = {}) => ({
  subject: 'MUS-samtale',
  body: { contentType: 'HTML', content: '<ol><li>Siden sidst</li><li>Trivsel</li></ol>' },
  start: { dateTime: '2027-02-03T10:00:00', timeZone: 'Romance Standard Time' },
  end: { dateTime: '2027-02-03T11:00:00', timeZone: 'Romance Standard Time' },
  attendees: [{ emailAddress: { address: employee.userPrincipalName, name: 'x' }, type: 'required' }],
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  sensitivity: 'private',
  transactionId,
  singleValueExtendedProperties: [
    { id: 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name MusId', value: transactionId },
  ],
  ...extra,
});

const schedule = (schedules: string[], startTime: string, endTime: string, interval = 60) => ({
  schedules,
  startTime: { dateTime: startTime, timeZone: 'Romance Standard Time' },
  endTime: { dateTime: endTime, timeZone: 'Romance Standard Time' },
  availabilityViewInterval: interval,
});

describe('events', () => {
  it('creates a Teams meeting whose join URL carries the chat thread id, findable through onlineMeetings', async () => {
    const res = await graph(h.url, leaderToken, 'POST', '/me/events', musEvent('conv-1'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      sensitivity: 'private',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'conv-1',
    });
    const joinUrl = z.object({ joinUrl: z.string() }).parse(res.body.onlineMeeting).joinUrl;
    expect(joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[^/]+%40thread\.v2\/0\?/,
    );
    const threadId = decodeURIComponent(joinUrl.split('/')[5]!);
    const meetings = await graph(
      h.url,
      leaderToken,
      'GET',
      `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`,
    );
    expect(valueOf(meetings.body)[0]).toMatchObject({ chatInfo: { threadId } });
  });

  it('returns the existing event for a repeated transactionId instead of a second one', async () => {
    const first = await graph(h.url, leaderToken, 'POST', '/me/events', musEvent('conv-2'));
    const again = await graph(h.url, leaderToken, 'POST', '/me/events', musEvent('conv-2'));
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const found = await graph(
      h.url,
      leaderToken,
      'GET',
      `/me/events?$filter=${encodeURIComponent("transactionId eq 'conv-2'")}`,
    );
    expect(valueOf(found.body)).toHaveLength(1);
  });

  it('puts the event in the attendee’s calendar and free/busy', async () => {
    await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/events',
      musEvent('conv-3', {
        start: { dateTime: '2027-02-04T13:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-02-04T14:00:00', timeZone: 'Romance Standard Time' },
      }),
    );
    const mine = await graph(
      h.url,
      employeeToken,
      'GET',
      `/me/events?$filter=${encodeURIComponent("start/dateTime ge '2027-02-04T00:00:00' and start/dateTime lt '2027-02-05T00:00:00'")}`,
    );
    expect(valueOf(mine.body).map((e) => e.subject)).toContain('MUS-samtale');
    expect(valueOf(mine.body)[0]).toMatchObject({ isOrganizer: false });
    const fb = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule([employee.userPrincipalName], '2027-02-04T12:00:00', '2027-02-04T15:00:00'),
    );
    expect(valueOf(fb.body)[0]).toMatchObject({
      availabilityView: '010',
      workingHours: {
        startTime: expect.stringMatching(/^0[78]:00/),
        timeZone: { name: 'Romance Standard Time' },
      },
    });
  });

  it('keeps extended properties (with $expand), honours Prefer timezone, and updates and deletes', async () => {
    const created = await graph(h.url, leaderToken, 'POST', '/me/events', musEvent('conv-4'), {
      Prefer: 'outlook.timezone="Romance Standard Time"',
    });
    expect(created.body).toMatchObject({
      start: { dateTime: '2027-02-03T10:00:00.0000000', timeZone: 'Romance Standard Time' },
    });
    const id = String(created.body.id);
    const utc = await graph(
      h.url,
      leaderToken,
      'GET',
      `/me/events/${id}?$expand=singleValueExtendedProperties`,
    );
    expect(utc.body).toMatchObject({ start: { dateTime: '2027-02-03T09:00:00.0000000', timeZone: 'UTC' } });
    expect(utc.body.singleValueExtendedProperties).toEqual([expect.objectContaining({ value: 'conv-4' })]);
    const byProp = await graph(
      h.url,
      leaderToken,
      'GET',
      `/me/events?$filter=${encodeURIComponent("singleValueExtendedProperties/Any(ep: ep/id eq 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name MusId' and ep/value eq 'conv-4')")}`,
    );
    expect(valueOf(byProp.body).map((e) => e.id)).toEqual([id]);
    const patched = await graph(h.url, leaderToken, 'PATCH', `/me/events/${id}`, {
      subject: 'MUS (flyttet)',
    });
    expect(patched.body.subject).toBe('MUS (flyttet)');
    const copy = await graph(
      h.url,
      employeeToken,
      'GET',
      `/me/events?$filter=${encodeURIComponent("subject eq 'MUS (flyttet)'")}`,
    );
    expect(valueOf(copy.body)).toHaveLength(1);
    expect((await graph(h.url, leaderToken, 'DELETE', `/me/events/${id}`)).status).toBe(204);
    expect((await graph(h.url, leaderToken, 'GET', `/me/events/${id}`)).status).toBe(404);
    const gone = await graph(
      h.url,
      employeeToken,
      'GET',
      `/me/events?$filter=${encodeURIComponent("subject eq 'MUS (flyttet)'")}`,
    );
    expect(valueOf(gone.body)).toHaveLength(0);
  });

  it('refuses malformed bodies with Graph’s 400', async () => {
    const unknown = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/events',
      musEvent('conv-5', { notAProperty: 1 }),
    );
    expect(unknown.status).toBe(400);
    expect(errorCode(unknown.body).message).toContain(
      "'notAProperty' does not exist on type 'microsoft.graph.event'",
    );
    expect(
      (await graph(h.url, leaderToken, 'POST', '/me/events', musEvent('conv-6', { sensitivity: 'secret' })))
        .status,
    ).toBe(400);
    expect((await graph(h.url, leaderToken, 'POST', '/me/events', { subject: 'no times' })).status).toBe(400);
    expect((await graph(h.url, leaderToken, 'POST', '/me/events', '{"subject": ')).status).toBe(400);
    const badZone = musEvent('conv-7', {
      start: { dateTime: '2027-02-03T10:00:00', timeZone: 'Mars/Olympus' },
    });
    expect((await graph(h.url, leaderToken, 'POST', '/me/events', badZone)).status).toBe(400);
  });

  it('pages the event list with $top and @odata.nextLink', async () => {
    const first = await graph(h.url, leaderToken, 'GET', '/me/events?$top=5');
    expect(valueOf(first.body)).toHaveLength(5);
    const next = new URL(String(first.body['@odata.nextLink']));
    const second = await graph(
      h.url,
      leaderToken,
      'GET',
      `${next.pathname.replace('/v1.0', '')}${next.search}`,
    );
    expect(valueOf(second.body)).toHaveLength(5);
    expect(valueOf(second.body)[0]!.id).not.toBe(valueOf(first.body)[0]!.id);
  });

  it('needs Calendars.ReadWrite to create and refuses someone else’s calendar', async () => {
    const readOnly = await userToken(h.url, leader.userPrincipalName, 'Calendars.Read');
    const denied = await graph(h.url, readOnly, 'POST', '/me/events', musEvent('conv-8'));
    expect(denied.status).toBe(403);
    expect(errorCode(denied.body).code).toBe('ErrorAccessDenied');
    expect((await graph(h.url, employeeToken, 'GET', `/users/${leader.id}/events`)).status).toBe(403);
  });
});

describe('getSchedule', () => {
  it('shows seeded calendars with working hours and out-of-office over ~8 weeks', async () => {
    const users = await demoUsers(h.url);
    const now = new Date();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const end = new Date(now.getTime() + 55 * 24 * 3600 * 1000);
    const res = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule(
        users.slice(0, 20).map((u) => u.userPrincipalName),
        `${day(now)}T00:00:00`,
        `${day(end)}T00:00:00`,
        1440,
      ),
    );
    expect(res.status).toBe(200);
    const value = valueOf(res.body);
    expect(value).toHaveLength(20);
    const views = value.map((v) => String(v.availabilityView));
    expect(views.every((v) => v.length === 55)).toBe(true);
    expect(views.some((v) => v.includes('2'))).toBe(true);
    expect(views.some((v) => v.includes('3'))).toBe(true);
  });

  it('refuses more than 20 schedules and a window of 62 days or more', async () => {
    const users = await demoUsers(h.url);
    const many = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule(
        users.slice(0, 21).map((u) => u.userPrincipalName),
        '2027-01-04T00:00:00',
        '2027-01-05T00:00:00',
      ),
    );
    expect(many.status).toBe(400);
    const long = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule([employee.userPrincipalName], '2027-01-01T00:00:00', '2027-03-04T00:00:00'),
    );
    expect(long.status).toBe(400);
    const justUnder = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule([employee.userPrincipalName], '2027-01-01T00:00:00', '2027-03-03T23:00:00', 1440),
    );
    expect(justUnder.status).toBe(200);
  });

  it('reports availability at the requested interval', async () => {
    await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/events',
      musEvent('conv-9', {
        start: { dateTime: '2027-02-10T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-02-10T09:30:00', timeZone: 'Romance Standard Time' },
        attendees: [],
      }),
    );
    const res = await graph(
      h.url,
      leaderToken,
      'POST',
      '/me/calendar/getSchedule',
      schedule([leader.userPrincipalName], '2027-02-10T08:00:00', '2027-02-10T10:00:00', 15),
    );
    expect(valueOf(res.body)[0]).toMatchObject({ availabilityView: '00002200' });
  });
});
