import { z } from 'zod';
import type { DemoUser, Harness } from './harness';
import { appToken, demoUsers, graph, json, start, userToken, valueOf } from './harness';

let h: Harness;
let leader: DemoUser;
let employee: DemoUser;
let outsider: DemoUser;
let leaderToken: string;
let chatId: string;

const APP = 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/5f3c1b2a-0000-4000-8000-000000000001';

beforeAll(async () => {
  h = await start();
  const users = await demoUsers(h.url);
  leader = users.find((u) => u.role === 'leader')!;
  employee = users.find((u) => u.managerId === leader.id)!;
  outsider = users.find((u) => u.role === 'employee' && u.managerId !== leader.id)!;
  leaderToken = await userToken(h.url, leader.userPrincipalName);
  const created = await graph(h.url, leaderToken, 'POST', '/me/events', {
    subject: 'MUS',
    start: { dateTime: '2027-04-01T10:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2027-04-01T11:00:00', timeZone: 'Romance Standard Time' },
    attendees: [{ emailAddress: { address: employee.userPrincipalName } }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
  });
  const joinUrl = z.object({ joinUrl: z.string() }).parse(created.body.onlineMeeting).joinUrl;
  chatId = decodeURIComponent(joinUrl.split('/')[5]!);
});
afterAll(() => h.stop());

describe('meeting chats', () => {
  it('installs the app once, then adds a tab; a tab before install is refused', async () => {
    const tab = {
      displayName: 'MUS',
      'teamsApp@odata.bind': APP,
      configuration: { entityId: 'conv-1', contentUrl: 'https://localhost:53000/meeting.html' },
    };
    expect((await graph(h.url, leaderToken, 'POST', `/chats/${chatId}/tabs`, tab)).status).toBe(400);
    expect(
      (
        await graph(h.url, leaderToken, 'POST', `/chats/${chatId}/installedApps`, {
          'teamsApp@odata.bind': APP,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await graph(h.url, leaderToken, 'POST', `/chats/${chatId}/installedApps`, {
          'teamsApp@odata.bind': APP,
        })
      ).status,
    ).toBe(409);
    const installed = await graph(
      h.url,
      leaderToken,
      'GET',
      `/chats/${chatId}/installedApps?$expand=teamsApp`,
    );
    expect(valueOf(installed.body)).toEqual([
      expect.objectContaining({ teamsApp: expect.objectContaining({ id: APP.split('/').at(-1) }) }),
    ]);
    const added = await graph(h.url, leaderToken, 'POST', `/chats/${chatId}/tabs`, tab);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ displayName: 'MUS', configuration: { entityId: 'conv-1' } });
    expect(valueOf((await graph(h.url, leaderToken, 'GET', `/chats/${chatId}/tabs`)).body)).toHaveLength(1);
  });

  it('refuses malformed installs, callers outside the chat and tokens without the scope', async () => {
    expect(
      (await graph(h.url, leaderToken, 'POST', `/chats/${chatId}/installedApps`, { teamsAppId: 'x' })).status,
    ).toBe(400);
    const other = await userToken(h.url, outsider.userPrincipalName);
    expect((await graph(h.url, other, 'GET', `/chats/${chatId}/installedApps`)).status).toBe(403);
    const narrow = await userToken(h.url, leader.userPrincipalName, 'User.Read');
    expect((await graph(h.url, narrow, 'GET', `/chats/${chatId}/tabs`)).status).toBe(403);
    expect((await graph(h.url, leaderToken, 'GET', '/chats/19:meeting_unknown@thread.v2/tabs')).status).toBe(
      404,
    );
  });
});

describe('activity notifications', () => {
  it('records what the service sends, and refuses a malformed one', async () => {
    const token = await appToken(h.url);
    const body = {
      topic: {
        source: 'entityUrl',
        value: `https://graph.microsoft.com/v1.0/users/${employee.id}/teamwork/installedApps/x`,
      },
      activityType: 'musBooked',
      previewText: { content: 'Din MUS er booket' },
      templateParameters: [{ name: 'leader', value: leader.displayName }],
    };
    expect(
      (await graph(h.url, token, 'POST', `/users/${employee.id}/teamwork/sendActivityNotification`, body))
        .status,
    ).toBe(204);
    expect(
      (
        await graph(h.url, token, 'POST', `/users/${employee.id}/teamwork/sendActivityNotification`, {
          ...body,
          previewText: 'x',
        })
      ).status,
    ).toBe(400);
    const recorded = z
      .object({
        value: z.array(z.object({ recipientId: z.string(), body: z.object({ activityType: z.string() }) })),
      })
      .parse(await json(await fetch(`${h.url}/_sandbox/notifications`)));
    expect(recorded.value).toEqual([
      expect.objectContaining({
        recipientId: employee.id,
        body: expect.objectContaining({ activityType: 'musBooked' }),
      }),
    ]);
  });
});

describe('OneDrive app folder', () => {
  const note = '/me/drive/special/approot:/notes/conv-1.json:/content';

  it('stores a private note per user: PUT then GET content, listed under approot', async () => {
    const token = await userToken(h.url, employee.userPrincipalName, 'Files.ReadWrite.AppFolder');
    const put = await fetch(`${h.url}/v1.0${note}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"text":"Mine egne noter"}',
    });
    expect(put.status).toBe(201);
    expect(await json(put)).toMatchObject({
      name: 'conv-1.json',
      size: 26,
      file: { mimeType: 'application/json' },
    });
    const again = await fetch(`${h.url}/v1.0${note}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: '{"text":"Rettet"}',
    });
    expect(again.status).toBe(200);
    const read = await fetch(`${h.url}/v1.0${note}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await read.text()).toBe('{"text":"Rettet"}');
    const root = await graph(h.url, token, 'GET', '/me/drive/special/approot');
    expect(root.body).toMatchObject({ specialFolder: { name: 'approot' }, folder: { childCount: 1 } });
    const children = await graph(h.url, token, 'GET', '/me/drive/special/approot/children');
    expect(valueOf(children.body).map((c) => c.name)).toEqual(['notes']);
  });

  it('keeps notes private to their author and needs a Files scope', async () => {
    const token = await userToken(h.url, leader.userPrincipalName, 'Files.ReadWrite.AppFolder');
    expect((await graph(h.url, token, 'GET', '/me/drive/special/approot:/notes/conv-1.json:')).status).toBe(
      404,
    );
    const noFiles = await userToken(h.url, employee.userPrincipalName, 'User.Read');
    expect((await graph(h.url, noFiles, 'GET', '/me/drive/special/approot')).status).toBe(403);
    const mine = await userToken(h.url, employee.userPrincipalName, 'Files.ReadWrite.AppFolder');
    expect((await graph(h.url, mine, 'DELETE', '/me/drive/special/approot:/notes/conv-1.json:')).status).toBe(
      204,
    );
    expect((await graph(h.url, mine, 'GET', '/me/drive/special/approot:/notes/conv-1.json:')).status).toBe(
      404,
    );
  });
});
