/**
 * Who is whose leader, and who is HR, as Microsoft Graph says (app-only): the leader of an employee is that
 * employee's `manager`; HR is membership of the configured HR group. Answers are cached briefly
 * ({@link cachedDirectory}) so a burst of requests costs one Graph call, and a manager change is seen
 * within a minute.
 */
import { z } from 'zod';

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail?: string;
}

export interface Directory {
  /** The user's manager, or undefined when none is set. */
  managerOf(userId: string): Promise<DirectoryUser | undefined>;
  /** The user's direct reports. */
  directReportsOf(userId: string): Promise<DirectoryUser[]>;
  /** Whether the user is a (transitive) member of the group. */
  isMemberOf(userId: string, groupId: string): Promise<boolean>;
}

/** One Graph GET (app-only) as the directory needs it: status and parsed JSON body. */
export type GraphGet = (path: string) => Promise<{ status: number; body: unknown }>;
/** One Graph POST (app-only). */
export type GraphPost = (path: string, body: unknown) => Promise<{ status: number; body: unknown }>;

const userSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
});
const pageSchema = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });

const toUser = (raw: unknown): DirectoryUser | undefined => {
  const u = userSchema.safeParse(raw);
  if (!u.success) return undefined;
  return {
    id: u.data.id,
    displayName: u.data.displayName ?? u.data.id,
    ...(u.data.mail ? { mail: u.data.mail } : {}),
  };
};

export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
}

const enc = encodeURIComponent;

/** The Graph implementation: `GET /users/{id}/manager`, `/directReports`, `POST /users/{id}/checkMemberGroups`. */
export function graphDirectory(get: GraphGet, post: GraphPost): Directory {
  return {
    async managerOf(userId) {
      const r = await get(`/users/${enc(userId)}/manager?$select=id,displayName,mail`);
      if (r.status === 404) return undefined;
      if (r.status !== 200) throw new DirectoryError(`manager of ${userId}: ${r.status}`);
      return toUser(r.body);
    },
    async directReportsOf(userId) {
      const users: DirectoryUser[] = [];
      let next: string | undefined = `/users/${enc(userId)}/directReports?$select=id,displayName,mail`;
      while (next) {
        const r = await get(next);
        if (r.status === 404) return [];
        if (r.status !== 200) throw new DirectoryError(`reports of ${userId}: ${r.status}`);
        const page = pageSchema.parse(r.body);
        page.value.forEach((raw) => {
          const u = toUser(raw);
          if (u) users.push(u);
        });
        next = page['@odata.nextLink'];
      }
      return users;
    },
    async isMemberOf(userId, groupId) {
      const r = await post(`/users/${enc(userId)}/checkMemberGroups`, { groupIds: [groupId] });
      if (r.status === 404) return false;
      if (r.status !== 200) throw new DirectoryError(`groups of ${userId}: ${r.status}`);
      return z
        .object({ value: z.array(z.string()) })
        .parse(r.body)
        .value.includes(groupId);
    },
  };
}

/** Caches every answer for `ttlMs` (default 60 s); concurrent asks share one call. */
export function cachedDirectory(inner: Directory, ttlMs = 60_000, now: () => number = Date.now): Directory {
  function memo<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
    const cache = new Map<string, { at: number; value: Promise<T> }>();
    return (key, load) => {
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = load();
      cache.set(key, { at: now(), value });
      value.catch(() => cache.delete(key));
      return value;
    };
  }
  const managers = memo<DirectoryUser | undefined>();
  const reports = memo<DirectoryUser[]>();
  const groups = memo<boolean>();
  return {
    managerOf: (id) => managers(id, () => inner.managerOf(id)),
    directReportsOf: (id) => reports(id, () => inner.directReportsOf(id)),
    isMemberOf: (id, g) => groups(`${id}:${g}`, () => inner.isMemberOf(id, g)),
  };
}
