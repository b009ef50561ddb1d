/**
 * Errors as RFC 9457 problem details (`application/problem+json`) with a stable `code` and a Danish and
 * English message. Every refusal the service makes goes through {@link ApiError}; the error handler in
 * `errorHandler.ts` turns anything else into one of these codes, so a client can rely on `code`.
 */
import type { DomainError, DomainErrorCode } from '../../domain';

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
  group_representative_only: {
    status: 403,
    title: 'The group representative only',
    da: 'Det er gruppens repræsentant, der gør dette for gruppen.',
    en: 'The group’s representative does this for the group.',
  },
  group_too_few: {
    status: 400,
    title: 'Too few in the group',
    da: 'En GRUS er for 4 til 6 personer. Vælg mindst 4.',
    en: 'A group conversation is for 4 to 6 people. Choose at least 4.',
  },
  group_too_many: {
    status: 400,
    title: 'Too many in the group',
    da: 'En GRUS er for 4 til 6 personer. Vælg højst 6.',
    en: 'A group conversation is for 4 to 6 people. Choose at most 6.',
  },
  group_member_twice: {
    status: 400,
    title: 'Someone is in the group twice',
    da: 'Den samme person er valgt to gange. Vælg hver person én gang.',
    en: 'The same person is chosen twice. Choose each person once.',
  },
  group_not_report: {
    status: 400,
    title: 'Not your direct report',
    da: 'Gruppen må kun bestå af dine egne medarbejdere.',
    en: 'The group may consist only of your own direct reports.',
  },
  group_representative_not_member: {
    status: 400,
    title: 'Representative not in the group',
    da: 'Repræsentanten skal være en af gruppens deltagere.',
    en: 'The representative must be one of the group’s members.',
  },
  not_in_group: {
    status: 403,
    title: 'Not a member of the group',
    da: 'Kun gruppens deltagere kan bede om en individuel MUS i stedet.',
    en: 'Only the group’s members can ask for an individual MUS instead.',
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
  invalid_slot: {
    status: 400,
    title: 'Invalid time slot',
    da: 'Tidspunktet er ugyldigt: en samtale skal slutte, efter den begynder.',
    en: 'The time slot is invalid: a conversation must end after it starts.',
  },
  slot_in_past: {
    status: 400,
    title: 'Slot in the past',
    da: 'Tidspunktet er allerede passeret. Vælg et tidspunkt i fremtiden.',
    en: 'The time slot has already passed. Choose a time in the future.',
  },
  meeting_not_started: {
    status: 409,
    title: 'Meeting not started',
    da: 'Samtalen kan først markeres som afholdt, når det aftalte tidspunkt er begyndt.',
    en: 'The conversation can be marked as held only once its booked time has begun.',
  },
  preparation_frozen: {
    status: 409,
    title: 'Preparation frozen',
    da: 'Samtalen er begyndt, og du har set den andens forberedelse. Din egen forberedelse kan ikke længere ændres.',
    en: 'The meeting has started and you have seen the other side’s preparation. Yours can no longer be changed.',
  },
  read_only_access: {
    status: 403,
    title: 'Read-only access',
    da: 'Du har kun læseadgang til samtalen efter medarbejderens samtykke og kan ikke ændre noget.',
    en: 'You have read-only access to this conversation by the employee’s consent and cannot change anything.',
  },
  handover_not_allowed: {
    status: 403,
    title: 'Handover not allowed',
    da: 'Der kan kun gives samtykke til en tidligere leder af samtalen eller medarbejderens nuværende leder.',
    en: 'Consent can be given only to a former leader of the conversation or the employee’s current manager.',
  },
  agenda_not_agreed: {
    status: 409,
    title: 'Agenda not agreed',
    da: 'Leder og medarbejder skal begge godkende dagsordenen først.',
    en: 'The leader and the employee must both agree the agenda first.',
  },
  conclusion_not_signed: {
    status: 409,
    title: 'Conclusion not signed',
    da: 'Leder og medarbejder skal begge underskrive konklusionen først.',
    en: 'The leader and the employee must both sign the conclusion first.',
  },
  already_prepared: {
    status: 409,
    title: 'Already prepared',
    da: 'Forberedelsen er allerede afleveret.',
    en: 'The preparation has already been submitted.',
  },
  round_closed: {
    status: 409,
    title: 'Round closed',
    da: 'Runden er afsluttet.',
    en: 'The round is closed.',
  },
  not_allowed_for_party: {
    status: 403,
    title: 'Not for your role',
    da: 'Det er kun den anden part i samtalen, der kan gøre dette.',
    en: 'Only the other party of the conversation can do this.',
  },
  goals_topic_required: {
    status: 409,
    title: 'Goals topic required',
    da: 'Emnet om udviklingsmål skal altid være på dagsordenen, som det sidste emne.',
    en: 'The development goals topic must always be on the agenda, as the last topic.',
  },
  pending_proposals: {
    status: 409,
    title: 'Proposals pending',
    da: 'Lederen skal først tage stilling til de foreslåede emner.',
    en: 'The leader must first accept or decline the proposed topics.',
  },
  not_proposed: {
    status: 409,
    title: 'Not a proposal',
    da: 'Emnet er ikke et forslag, der venter på svar.',
    en: 'The topic is not a proposal awaiting an answer.',
  },
  preparation_submitted: {
    status: 409,
    title: 'Preparation submitted',
    da: 'Forberedelsen er afleveret og kan ikke længere ændres.',
    en: 'The preparation has been submitted and can no longer be changed.',
  },
  goal_already_agreed: {
    status: 409,
    title: 'Goal already agreed',
    da: 'Du har allerede godkendt målet.',
    en: 'You have already agreed the goal.',
  },
  conclusion_not_locked: {
    status: 409,
    title: 'Conclusion not locked',
    da: 'Kun en konklusion, som begge har underskrevet, kan ændres med en ny version. Ret den i stedet.',
    en: 'Only a conclusion signed by both can be amended with a new version. Edit it instead.',
  },
  already_signed: {
    status: 409,
    title: 'Already signed',
    da: 'Du har allerede underskrevet denne version.',
    en: 'You have already signed this version.',
  },
  conclusion_empty: {
    status: 409,
    title: 'Nothing to sign',
    da: 'Konklusionen er tom. Skriv en opsummering eller et udviklingsmål, før I underskriver.',
    en: 'The conclusion is empty. Write a summary or a development goal before signing.',
  },
  evaluation_not_open: {
    status: 409,
    title: 'Evaluation not open',
    da: 'Samtalen er ikke begyndt endnu. I kan evaluere den, når mødet er i gang eller holdt.',
    en: 'The conversation has not begun yet. You can evaluate it once the meeting has started or been held.',
  },
  concept_unknown_topic: {
    status: 404,
    title: 'Unknown topic',
    da: 'Emnet findes ikke i konceptets skabelon. Hent konceptet igen og vælg blandt dets emner.',
    en: 'The topic is not in the concept’s template. Load the concept again and choose among its topics.',
  },
  concept_too_many_topics: {
    status: 400,
    title: 'Too many topics',
    da: 'Et koncept kan højst have 30 emner i alt. Fjern et emne, før du tilføjer et nyt.',
    en: 'A concept can have at most 30 topics in all. Remove a topic before adding another.',
  },
  concept_past_year: {
    status: 400,
    title: 'Year has passed',
    da: 'Året er gået. Et koncept kan kun laves for i år eller et kommende år.',
    en: 'The year has passed. A concept can only be made for this year or a coming one.',
  },
  no_concept_last_year: {
    status: 404,
    title: 'No concept last year',
    da: 'Der er intet udgivet koncept for sidste år at kopiere. Start fra skabelonen i stedet.',
    en: 'There is no published concept for last year to copy. Start from the template instead.',
  },
  no_concept_draft: {
    status: 404,
    title: 'No draft',
    da: 'Der er ingen kladde at udgive. Kopiér sidste års koncept eller start fra skabelonen først.',
    en: 'There is no draft to publish. Copy last year’s concept or start from the template first.',
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
  slot_not_free: {
    status: 409,
    title: 'Time not free',
    da: 'Tidspunktet er ikke ledigt for både leder og medarbejder. Vælg et andet.',
    en: 'The time is not free for both leader and employee. Choose another.',
  },
  idempotency_key_required: {
    status: 428,
    title: 'Idempotency-Key required',
    da: 'Oprettelser kræver et id eller en Idempotency-Key, så en gentaget forespørgsel ikke opretter to gange.',
    en: 'Creating needs an id or an Idempotency-Key, so that a repeated request does not create twice.',
  },
  no_proposal: {
    status: 409,
    title: 'Nothing to book',
    da: 'Der er intet forslag at booke. Lav et forslag til tider først, eller send tiderne med.',
    en: 'There is no proposal to book. Make a proposed schedule first, or send the times.',
  },
  meeting_not_found: {
    status: 404,
    title: 'Meeting not found',
    da: 'Mødet med denne samtale findes ikke i din kalender endnu. Gem eller send mødet i Outlook, og prøv igen.',
    en: 'The meeting of this conversation is not in your calendar yet. Save or send the meeting in Outlook and try again.',
  },
  linked_meeting_unknown: {
    status: 409,
    title: 'Linked meeting not found',
    da: 'Mødet blev ikke booket af MUS, og MUS kan ikke finde det i din kalender. Flyt eller aflys mødet i Outlook eller Teams.',
    en: 'The meeting was not booked by MUS, and MUS cannot find it in your calendar. Move or cancel the meeting in Outlook or Teams.',
  },
  upstream_unavailable: {
    status: 503,
    title: 'Microsoft 365 unavailable',
    da: 'Microsoft 365 svarer ikke lige nu. Prøv igen om lidt.',
    en: 'Microsoft 365 is not answering right now. Try again shortly.',
  },
  live_unavailable: {
    status: 503,
    title: 'Live editing unavailable',
    da: 'Fælles redigering i mødet er ikke sat op. Dine ændringer gemmes stadig.',
    en: 'Live editing in the meeting is not set up. Your changes are still saved.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    da: 'Der skete en fejl hos os. Prøv igen.',
    en: 'Something went wrong on our side. Try again.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * The domain's refusals (DomainError codes) as API codes: the one place where a domain rule's refusal gets
 * its HTTP status and its Danish and English message. Exhaustive, so a new domain code must be mapped here.
 */
export const DOMAIN_PROBLEMS = {
  'conversation.illegalTransition': 'invalid_state',
  'conversation.invalidSlot': 'invalid_slot',
  'conversation.slotInPast': 'slot_in_past',
  'conversation.notStarted': 'meeting_not_started',
  'conversation.agendaNotAgreed': 'agenda_not_agreed',
  'conversation.conclusionNotSigned': 'conclusion_not_signed',
  'conversation.alreadyPrepared': 'already_prepared',
  'round.invalidWindow': 'validation_failed',
  'round.invalidTitle': 'validation_failed',
  'round.closed': 'round_closed',
  'round.duplicateEmployee': 'validation_failed',
  'concept.invalid': 'validation_failed',
  'concept.unknownTopic': 'concept_unknown_topic',
  'concept.goalsTopicRequired': 'goals_topic_required',
  'concept.tooManyTopics': 'concept_too_many_topics',
  'concept.pastYear': 'concept_past_year',
  'agenda.duplicateTopic': 'already_exists',
  'agenda.unknownTopic': 'not_found',
  'agenda.goalsTopicRequired': 'goals_topic_required',
  'agenda.notAllowed': 'not_allowed_for_party',
  'agenda.pendingProposals': 'pending_proposals',
  'agenda.notProposed': 'not_proposed',
  'preparation.submitted': 'preparation_submitted',
  'preparation.wrongAuthor': 'forbidden',
  'notes.tooLong': 'validation_failed',
  'goal.invalid': 'validation_failed',
  'goal.alreadyAgreed': 'goal_already_agreed',
  'conclusion.locked': 'conclusion_locked',
  'conclusion.notLocked': 'conclusion_not_locked',
  'conclusion.alreadySigned': 'already_signed',
  'conclusion.empty': 'conclusion_empty',
  'conclusion.unknownTopic': 'not_found',
  'conclusion.wrongSigner': 'forbidden',
  'conclusion.consentNotEmployee': 'forbidden',
  'evaluation.invalid': 'validation_failed',
  'musTest.incomplete': 'validation_failed',
  'musTest.unknownStatement': 'validation_failed',
  'availability.invalidView': 'validation_failed',
  'scheduling.invalidRequest': 'validation_failed',
} as const satisfies Record<DomainErrorCode, ProblemCode>;

/** A domain refusal as a problem: the mapped code and messages, the domain's text as `detail`. */
export function domainProblem(error: DomainError): Problem {
  return toProblem(DOMAIN_PROBLEMS[error.code], error.message, { domainCode: error.code });
}

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
  /** The domain rule that refused the request (a `DomainError` code), when one did. */
  domainCode?: DomainErrorCode;
}

/** A refusal with a stable code. Throw it from a route; the error handler renders it. */
export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly extra: Pick<Problem, 'issues' | 'current' | 'domainCode'>;

  constructor(
    code: ProblemCode,
    detail?: string,
    extra: Pick<Problem, 'issues' | 'current' | 'domainCode'> = {},
  ) {
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
