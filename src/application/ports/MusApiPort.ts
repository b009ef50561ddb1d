/**
 * The MUS service's HTTP API, as far as the browser app uses it. Adapters implement it (fetch); use cases
 * only see this interface and the plain data below, already validated.
 */

/** A person as the MUS service names them. */
export interface Person {
  /** Entra object id. */
  readonly id: string;
  /** Display name, e.g. `Hanne Kjær Mortensen`. */
  readonly displayName: string;
}

/** The roles the MUS service grants the caller (from the directory: manager, direct reports, HR group). */
export interface MusRoles {
  /** The caller has a leader, so has MUS conversations as an employee. */
  readonly employee: boolean;
  /** The caller has direct reports, so holds MUS conversations as a leader. */
  readonly leader: boolean;
  /** The caller is in the HR group. */
  readonly hr: boolean;
}

/** `/api/me`: who the caller is, their roles, their leader and their direct reports. */
export interface Me extends Person {
  readonly roles: MusRoles;
  /** The caller's leader (Entra manager), or null when they have none. */
  readonly leader: Person | null;
  /** The caller's direct reports, possibly empty. */
  readonly reports: readonly Person[];
}

/** Why a call to the MUS service gave no data. */
export type MusApiFailure =
  /** The service refused the token (401) or the caller (403). */
  | 'unauthorized'
  /** The service answered with an error (5xx, or another unexpected status). */
  | 'unavailable'
  /** The service could not be reached at all (network error, timeout). */
  | 'unreachable'
  /** The service answered 200 with data that does not have the expected shape. */
  | 'invalidResponse';

/** The outcome of a call: the data, or why there is none. */
export type MusApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: MusApiFailure; readonly status?: number };

/** The MUS API port. One instance per page, made by the composition root (src/entries). */
export interface MusApiPort {
  /**
   * Who the caller is (`GET /api/me`), authenticated with the given bearer token. Never rejects: failures
   * resolve with `ok: false`, a reason and the HTTP status when there was one.
   */
  me(accessToken: string): Promise<MusApiResult<Me>>;
}
