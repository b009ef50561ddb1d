import type { AccessTokenPort } from '../ports/AccessTokenPort';
import type { MusApiFailure, MusApiPort, MusApiResult, MusProblem } from '../ports/MusApiPort';

/** The ports every MUS journey needs: a token from the host and the MUS service. */
export interface MusPorts {
  readonly accessToken: AccessTokenPort;
  readonly musApi: MusApiPort;
}

/** Why a step of a journey did not happen, in words the UI can explain. */
export interface MusFailure {
  /** `signIn`: the host gave no token; otherwise what the service call reported. */
  readonly reason: 'signIn' | MusApiFailure;
  /** The service's own explanation (code, Danish and English message) when it refused. */
  readonly problem?: MusProblem;
}

/** The outcome of a step: its value, or why there is none. Never thrown. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: MusFailure };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = <T>(failure: MusFailure): Outcome<T> => ({ ok: false, failure });

/** A failure from a service result (the status stays behind: the reason and the problem say enough). */
export function failureOf(result: { reason: MusApiFailure; problem?: MusProblem }): MusFailure {
  return result.problem ? { reason: result.reason, problem: result.problem } : { reason: result.reason };
}

/** True when the service refused because the record changed since it was read (412). */
export const isStale = (failure: MusFailure): boolean => failure.problem?.code === 'stale_record';

/**
 * Call the service with a fresh token: `signIn` when the host gives none, else the call's outcome. Ports
 * never reject, so neither does this.
 */
async function withToken<T>(
  ports: Pick<MusPorts, 'accessToken'>,
  call: (token: string) => Promise<MusApiResult<T>>,
): Promise<Outcome<T>> {
  const token = await ports.accessToken.getAccessToken();
  if (!token.ok) return failed({ reason: 'signIn' });
  const result = await call(token.token);
  return result.ok ? succeeded(result.value) : failed(failureOf(result));
}

/** An API port with the host's token bound: each method takes its own arguments and gives an {@link Outcome}. */
export type Authorized<Api> = {
  readonly [K in keyof Api]: Api[K] extends (
    token: string,
    ...args: infer A
  ) => Promise<MusApiResult<infer T>>
    ? (...args: A) => Promise<Outcome<T>>
    : never;
};

/**
 * The API `api` (the MUS service, the meeting or the conclusion port) called with a fresh token each time,
 * through {@link withToken}: `authorized(ports, ports.musApi).rounds()` is `signIn` when the host gives no token.
 */
export function authorized<Api extends object>(
  ports: Pick<MusPorts, 'accessToken'>,
  api: Api,
): Authorized<Api> {
  return new Proxy(api, {
    get(target, name) {
      const method: unknown = Reflect.get(target, name);
      if (typeof method !== 'function') return method;
      return (...args: unknown[]) =>
        withToken(ports, (token) => method.call(target, token, ...args) as Promise<MusApiResult<unknown>>);
    },
  }) as unknown as Authorized<Api>;
}
