/**
 * Who is whose leader, and who is HR, as Microsoft Graph says (app-only): the leader of an employee is that
 * employee's `manager`; HR is membership of the configured HR group. Answers are cached briefly
 * ({@link cachedDirectory}) so a burst of requests costs one Graph call, and a manager change is seen
 * within a minute.
 */
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { GraphConnection } from '../graph/client';
import { graphFailure } from '../graph/client';
import { paged } from '../graph/paging';
import { UpstreamError } from '../records/errors';

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string;
  /** The user's unit (Entra `department`), when the directory has one. */
  readonly department?: string;
}

export interface Directory {
  /** The user's manager, or undefined when none is set. */
  managerOf(userId: string): Promise<DirectoryUser | undefined>;
  /** The user's direct reports. */
  directReportsOf(userId: string): Promise<DirectoryUser[]>;
  /** Whether the user is a (transitive) member of the group. */
  isMemberOf(userId: string, groupId: string): Promise<boolean>;
  /** The organisation's leaders: everyone who is someone's manager, each with their unit (department). */
  leaders(): Promise<DirectoryUser[]>;
}

const userSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  department: z.string().nullish(),
});
const memberGroupsSchema = z.object({ value: z.array(z.string()) });
const managerIdSchema = z.object({ manager: z.object({ id: z.string() }).nullish() });

const toUser = (raw: unknown): DirectoryUser | undefined => {
  const u = userSchema.safeParse(raw);
  if (!u.success) return undefined;
  return {
    id: u.data.id,
    displayName: u.data.displayName ?? u.data.id,
    ...(u.data.mail ? { mail: u.data.mail } : {}),
    ...(u.data.department ? { department: u.data.department } : {}),
  };
};

/** Graph could not answer a directory question (other than "no such user"). */
export class DirectoryError extends UpstreamError {
  override readonly name = 'DirectoryError';
}

const enc = encodeURIComponent;
const SELECT = '$select=id,displayName,mail,department';

/** Asks Graph; a 404 (no such user, no manager) is `absent`, any other Graph failure a {@link DirectoryError}. */
async function ask<T>(what: string, absent: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const failure = graphFailure(error);
    if (failure?.status === 404) return absent;
    if (failure) throw new DirectoryError(`${what}: Graph answered ${failure.status}`, { cause: error });
    throw error;
  }
}

/** Every user who is someone's manager, from one list of all users with their manager's id. */
export function leadersAmong(
  users: readonly { user?: DirectoryUser; managerId?: string }[],
): DirectoryUser[] {
  const managers = new Set(users.map((u) => u.managerId));
  return users.flatMap(({ user }) => (user && managers.has(user.id) ? [user] : []));
}

/**
 * The Graph implementation (app-only): `GET /users/{id}/manager`, `/directReports`, `POST …/checkMemberGroups`,
 * and the leaders from `GET /users` with each user's manager expanded (pages of 999).
 */
export function graphDirectory(graph: GraphConnection): Directory {
  return {
    managerOf: (userId) =>
      ask(`manager of ${userId}`, undefined, async () =>
        toUser(await graph.client.api(`/users/${enc(userId)}/manager?${SELECT}`).get()),
      ),
    directReportsOf: (userId) =>
      ask(`reports of ${userId}`, [], async () => {
        const users = await paged(graph, `/users/${enc(userId)}/directReports?${SELECT}`, toUser);
        return users.filter((u): u is DirectoryUser => u !== undefined);
      }),
    isMemberOf: (userId, groupId) =>
      ask(`groups of ${userId}`, false, async () => {
        const body: unknown = await graph.client
          .api(`/users/${enc(userId)}/checkMemberGroups`)
          .post({ groupIds: [groupId] });
        return memberGroupsSchema.parse(body).value.includes(groupId);
      }),
    leaders: () =>
      ask('leaders', [], async () => {
        const path = `/users?${SELECT}&$expand=manager($select=id)&$top=999`;
        const users = await paged(graph, path, (raw) => ({
          user: toUser(raw),
          managerId: managerIdSchema.safeParse(raw).data?.manager?.id,
        }));
        return leadersAmong(users);
      }),
  };
}

/** Answers kept per question kind; the least recently asked go first. */
const MAX_CACHED_ANSWERS = 10_000;

/**
 * Caches every answer for `ttlMs` (default 60 s) in a bounded LRU cache; concurrent asks share one call, and
 * a failed call is not kept. A `ttlMs` of 0 caches nothing (every question goes to Graph).
 */
export function cachedDirectory(inner: Directory, ttlMs = 60_000, now?: () => number): Directory {
  if (ttlMs <= 0) return inner;
  function memo<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
    const cache = new LRUCache<string, { value: T }, () => Promise<T>>({
      max: MAX_CACHED_ANSWERS,
      ttl: ttlMs,
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
      fetchMethod: async (_key, _stale, { context: load }) => ({ value: await load() }),
    });
    return async (key, load) => {
      const answer = await cache.fetch(key, { context: load });
      if (!answer) throw new DirectoryError(`directory answer for ${key} was aborted`);
      return answer.value;
    };
  }
  const managers = memo<DirectoryUser | undefined>();
  const reports = memo<DirectoryUser[]>();
  const groups = memo<boolean>();
  const leaders = memo<DirectoryUser[]>();
  return {
    managerOf: (id) => managers(id, () => inner.managerOf(id)),
    directReportsOf: (id) => reports(id, () => inner.directReportsOf(id)),
    isMemberOf: (id, g) => groups(`${id}:${g}`, () => inner.isMemberOf(id, g)),
    leaders: () => leaders('leaders', () => inner.leaders()),
  };
}
