/**
 * Errors as RFC 9457 problem details (`application/problem+json`) with a stable `code` and a Danish and
 * English message. Every refusal the service makes goes through {@link ApiError}; the error handler in
 * `errorHandler.ts` turns anything else into one of these codes, so a client can rely on `code`.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

interface ProblemDefinition {
  readonly status: number;
  readonly title: string;
  readonly da: string;
  readonly en: string;
}

/** The stable codes. Adding one is fine; renaming one breaks clients. */
export const PROBLEMS = {
  validation_failed: {
    status: 400,
    title: 'Invalid request',
    da: 'Forespørgslen er ugyldig. Ret de markerede felter og prøv igen.',
    en: 'The request is invalid. Correct the fields and try again.',
  },
  malformed_body: {
    status: 400,
    title: 'Malformed body',
    da: 'Indholdet kunne ikke læses som JSON.',
    en: 'The body could not be read as JSON.',
  },
  token_missing: {
    status: 401,
    title: 'Sign-in required',
    da: 'Du skal være logget ind.',
    en: 'You need to sign in.',
  },
  token_invalid: {
    status: 401,
    title: 'Invalid access token',
    da: 'Din adgangsbillet er ugyldig. Log ind igen.',
    en: 'Your access token is invalid. Sign in again.',
  },
  token_expired: {
    status: 401,
    title: 'Access token expired',
    da: 'Din adgangsbillet er udløbet. Log ind igen.',
    en: 'Your access token has expired. Sign in again.',
  },
  insufficient_scope: {
    status: 403,
    title: 'Insufficient scope',
    da: 'Din adgangsbillet giver ikke adgang til MUS.',
    en: 'Your access token does not grant access to MUS.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    da: 'Du har ikke adgang til dette.',
    en: 'You do not have access to this.',
  },
  former_leader: {
    status: 403,
    title: 'No longer the leader',
    da: 'Du er ikke længere medarbejderens leder, og medarbejderen har ikke givet samtykke til overdragelse.',
    en: 'You are no longer the employee’s leader, and the employee has not consented to a handover.',
  },
  consent_required: {
    status: 403,
    title: 'Consent required',
    da: 'Medarbejderen har ikke givet samtykke til, at konklusionen arkiveres i personalesagen.',
    en: 'The employee has not consented to filing the conclusion to the personnel record.',
  },
  group_too_small: {
    status: 403,
    title: 'Group too small',
    da: 'Tal vises kun for grupper på mindst 5 personer.',
    en: 'Figures are shown only for groups of at least 5 people.',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    da: 'Det findes ikke.',
    en: 'It does not exist.',
  },
  conclusion_locked: {
    status: 409,
    title: 'Conclusion locked',
    da: 'Konklusionen er underskrevet af begge og er låst. Lav en ny version, som begge skal underskrive.',
    en: 'The conclusion is signed by both and locked. Make a new version that both must sign.',
  },
  invalid_state: {
    status: 409,
    title: 'Not possible now',
    da: 'Det kan ikke lade sig gøre i samtalens nuværende tilstand.',
    en: 'That is not possible in the current state of the conversation.',
  },
  already_exists: {
    status: 409,
    title: 'Already exists',
    da: 'Det findes allerede.',
    en: 'It already exists.',
  },
  stale_record: {
    status: 412,
    title: 'Stale record',
    da: 'En anden har ændret dette imens. Den nyeste version er vedlagt.',
    en: 'Someone else changed this meanwhile. The current version is attached.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    da: 'Indholdet er for stort.',
    en: 'The content is too large.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    da: 'Indholdet skal sendes som JSON.',
    en: 'The content must be sent as JSON.',
  },
  precondition_required: {
    status: 428,
    title: 'If-Match required',
    da: 'Ændringer kræver versionen (If-Match), så ingen overskriver andres arbejde.',
    en: 'Changes need the version (If-Match), so nobody overwrites another’s work.',
  },
  upstream_unavailable: {
    status: 503,
    title: 'Microsoft 365 unavailable',
    da: 'Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.',
    en: 'Microsoft 365 is not answering right now. Try again shortly.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    da: 'Der skete en fejl hos os. Prøv igen.',
    en: 'Something went wrong on our side. Try again.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  messages: { da: string; en: string };
  /** Field-level issues of a validation failure: path and message. */
  issues?: { path: string; message: string }[];
  /** The current version of the record, on 412. */
  current?: unknown;
}

/** A refusal with a stable code. Throw it from a route; the error handler renders it. */
export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly extra: Pick<Problem, 'issues' | 'current'>;

  constructor(code: ProblemCode, detail?: string, extra: Pick<Problem, 'issues' | 'current'> = {}) {
    super(detail ?? PROBLEMS[code].title);
    this.name = 'ApiError';
    this.code = code;
    this.extra = extra;
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }
}

export function toProblem(code: ProblemCode, detail?: string, extra: ApiError['extra'] = {}): Problem {
  const def = PROBLEMS[code];
  return {
    type: `https://mus.example.dk/problems/${code.replace(/_/g, '-')}`,
    title: def.title,
    status: def.status,
    code,
    ...(detail ? { detail } : {}),
    messages: { da: def.da, en: def.en },
    ...extra,
  };
}
