import { HR_GROUP_ID, MUS_SITE_ID } from '../../src/sandbox';
import { defaultApps } from '../../src/sandbox/config';
import type { DemoUser, Harness } from './harness';
import { appToken, demoUsers, errorCode, form, graph, start } from './harness';

const ADMIN = {
  clientId: 'a0000000-0000-4000-8000-00000000ad01',
  clientSecret: 'admin',
  displayName: 'Admin tool',
  roles: ['User.ReadWrite.All'],
  selectedSites: [],
};
let h: Harness;
let users: DemoUser[];
beforeAll(async () => {
  h = await start({ apps: [...defaultApps(MUS_SITE_ID), ADMIN] });
  users = await demoUsers(h.url);
});
afterAll(() => h.stop());

const adminToken = async () => {
  const res = await form(`${h.url}/oidc/token`, {
    grant_type: 'client_credentials',
    client_id: ADMIN.clientId,
    client_secret: ADMIN.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
  });
  const body: unknown = await res.json();
  if (typeof body !== 'object' || body === null || !('access_token' in body)) throw new Error('no token');
  return String(body.access_token);
};

describe('checkMemberGroups', () => {
  it('answers which of the asked groups the user is in', async () => {
    const token = await appToken(h.url);
    const hr = users.find((u) => u.role === 'hr')!;
    const employee = users.find((u) => u.role === 'employee')!;
    const ask = (id: string) =>
      graph(h.url, token, 'POST', `/users/${id}/checkMemberGroups`, { groupIds: [HR_GROUP_ID, 'nope'] });
    expect((await ask(hr.id)).body.value).toEqual([HR_GROUP_ID]);
    expect((await ask(employee.id)).body.value).toEqual([]);
    expect(
      (await graph(h.url, token, 'POST', `/users/nobody/checkMemberGroups`, { groupIds: ['x'] })).status,
    ).toBe(404);
  });
});

describe('manager/$ref', () => {
  it('moves a user to another manager, seen by manager and directReports; the MUS service may not', async () => {
    const leaders = users.filter((u) => u.role === 'leader');
    const [from, to] = [leaders[0]!, leaders[1]!];
    const employee = users.find((u) => u.managerId === from.id)!;
    const ref = { '@odata.id': `https://graph.microsoft.com/v1.0/users/${to.id}` };
    const service = await appToken(h.url);
    const refused = await graph(h.url, service, 'PUT', `/users/${employee.id}/manager/$ref`, ref);
    expect(refused.status).toBe(403);
    expect(errorCode(refused.body).code).toBe('Authorization_RequestDenied');

    const admin = await adminToken();
    expect((await graph(h.url, admin, 'PUT', `/users/${employee.id}/manager/$ref`, ref)).status).toBe(204);
    expect((await graph(h.url, service, 'GET', `/users/${employee.id}/manager`)).body.id).toBe(to.id);
    const reports = await graph(h.url, service, 'GET', `/users/${to.id}/directReports`);
    expect(reports.body.value).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: employee.id })]),
    );

    expect((await graph(h.url, admin, 'DELETE', `/users/${employee.id}/manager/$ref`)).status).toBe(204);
    expect((await graph(h.url, service, 'GET', `/users/${employee.id}/manager`)).status).toBe(404);
  });
});
