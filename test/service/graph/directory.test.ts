import {
  cachedDirectory,
  DirectoryError,
  graphDirectory,
} from '../../../src/service/authorization/directory';
import { UpstreamError } from '../../../src/service/records/errors';
import { BASE_URL, cannedConnection, json } from './cannedTerminal';

const user = (id: string, displayName?: string) => ({ id, displayName, mail: `${id}@contoso.test` });

describe('the directory on the one Graph client', () => {
  it('collects direct reports across pages through the same chain and skips entries that are not users', async () => {
    const { connection, terminal } = cannedConnection((request) =>
      request.path.includes('skiptoken')
        ? json(200, { value: [user('u3', 'Ida')] })
        : json(200, {
            value: [user('u1', 'Mette'), { notAUser: true }, user('u2')],
            '@odata.nextLink': `${BASE_URL}/users/boss/directReports?$select=id,displayName,mail&$skiptoken=p2`,
          }),
    );
    const reports = await graphDirectory(connection).directReportsOf('boss');
    expect(reports.map((u) => [u.id, u.displayName])).toEqual([
      ['u1', 'Mette'],
      ['u2', 'u2'],
      ['u3', 'Ida'],
    ]);
    expect(terminal.seen.map((r) => r.path)).toEqual([
      '/v1.0/users/boss/directReports?$select=id,displayName,mail,department',
      '/v1.0/users/boss/directReports?$select=id,displayName,mail&$skiptoken=p2',
    ]);
    expect(terminal.seen.every((r) => r.headers.get('Authorization') === 'Bearer token-1')).toBe(true);
  });

  it('finds the leaders in one list of all users with their manager expanded, page by page', async () => {
    const withManager = (id: string, department: string | null, manager?: string) => ({
      ...user(id, id.toUpperCase()),
      department,
      ...(manager ? { manager: { '@odata.type': '#microsoft.graph.user', id: manager } } : {}),
    });
    const { connection, terminal } = cannedConnection((request) =>
      request.path.includes('skiptoken')
        ? json(200, { value: [withManager('e2', 'IT', 'it'), withManager('it', 'IT', 'boss')] })
        : json(200, {
            value: [
              withManager('boss', null),
              withManager('e1', 'Park', 'park'),
              withManager('park', 'Park'),
            ],
            '@odata.nextLink': `${BASE_URL}/users?$skiptoken=p2`,
          }),
    );
    const leaders = await graphDirectory(connection).leaders();
    // The boss manages IT's leader, Park's leader manages e1 (though Park has no manager itself); e1, e2 lead none.
    expect(leaders.map((u) => [u.id, u.department])).toEqual([
      ['boss', undefined],
      ['park', 'Park'],
      ['it', 'IT'],
    ]);
    expect(terminal.seen.map((r) => r.path)).toEqual([
      '/v1.0/users?$select=id,displayName,mail,department&$expand=manager($select=id)&$top=999',
      '/v1.0/users?$skiptoken=p2',
    ]);
  });

  it('answers "no manager" and "not a member" for a 404, and asks checkMemberGroups for the group', async () => {
    const { connection, terminal } = cannedConnection((request) =>
      request.method === 'POST'
        ? json(200, { value: ['hr'] })
        : json(404, { error: { code: 'Request_ResourceNotFound', message: 'none' } }),
    );
    const directory = graphDirectory(connection);
    await expect(directory.managerOf('ceo')).resolves.toBeUndefined();
    await expect(directory.directReportsOf('ghost')).resolves.toEqual([]);
    await expect(directory.isMemberOf('anna', 'hr')).resolves.toBe(true);
    expect(terminal.seen.at(-1)?.body).toEqual({ groupIds: ['hr'] });
  });

  it('turns any other Graph failure into an upstream DirectoryError, after the retry stage gave up', async () => {
    const { connection, terminal } = cannedConnection(() =>
      json(503, { error: { code: 'ServiceUnavailable', message: 'busy' } }, { 'Retry-After': '0' }),
    );
    const failure = await graphDirectory(connection)
      .managerOf('u1')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DirectoryError);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect(terminal.seen.length).toBeGreaterThan(1);
  });
});

describe('the cached directory', () => {
  it('asks Graph once for a burst, again after the time to live, and never keeps a failure', async () => {
    let now = 1_000_000;
    let fail = true;
    const { connection, terminal } = cannedConnection(() =>
      fail ? json(400, { error: { code: 'BadRequest', message: 'x' } }) : json(200, user('boss', 'Lars')),
    );
    const directory = cachedDirectory(graphDirectory(connection), 60_000, () => now);
    await expect(directory.managerOf('u1')).rejects.toBeInstanceOf(DirectoryError);
    fail = false;
    const burst = await Promise.all([1, 2, 3].map(() => directory.managerOf('u1')));
    expect(burst.map((u) => u?.displayName)).toEqual(['Lars', 'Lars', 'Lars']);
    expect(terminal.seen).toHaveLength(2);
    now += 59_000;
    await directory.managerOf('u1');
    expect(terminal.seen).toHaveLength(2);
    now += 2_000;
    await directory.managerOf('u1');
    expect(terminal.seen).toHaveLength(3);
  });

  it('with a time to live of 0 asks Graph every time (a manager change is seen at once)', async () => {
    const { connection, terminal } = cannedConnection(() => json(200, user('boss', 'Lars')));
    const directory = cachedDirectory(graphDirectory(connection), 0);
    await directory.managerOf('u1');
    await directory.managerOf('u1');
    expect(terminal.seen).toHaveLength(2);
  });
});
