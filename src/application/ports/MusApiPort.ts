/**
 * The MUS service's HTTP API, as far as the browser app uses it. Adapters implement it (fetch); use cases
 * only see this interface and the data below. Every shape of the API comes from the service's OpenAPI
 * document, generated into `musApi.generated.ts` (`npm run api:types`; a jest test fails when it is stale).
 */
import type { paths } from './musApi.generated';

/** `/api/me`: who the caller is (Entra object id, display name), their roles (employee: has a leader;
 * leader: has direct reports; hr: in the HR group), their leader (or null) and their direct reports. */
export type Me = paths['/api/me']['get']['responses'][200]['content']['application/json'];

/** A person as the MUS service names them: Entra object id and display name. */
export type Person = Me['reports'][number];

/** The roles the MUS service grants the caller (from the directory: manager, direct reports, HR group). */
export type MusRoles = Me['roles'];

/** Why a call to the MUS service gave no data. */
export type MusApiFailure =
  /** The service refused the token (401) or the caller (403). */
  | 'unauthorized'
  /** The service answered with an error (5xx, or another unexpected status). */
  | 'unavailable'
  /** The service could not be reached at all (network error, timeout). */
  | 'unreachable'
  /** The service answered 200 with a body that is not JSON. */
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
