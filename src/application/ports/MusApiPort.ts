/**
 * The MUS service's HTTP API, as far as the browser app uses it. Adapters implement it (fetch); use cases
 * only see this interface and the data below. Every shape of the API comes from the service's OpenAPI
 * document, generated into `musApi.generated.ts` (`npm run api:types`; a jest test fails when it is stale).
 */
import type { Body, Change, OnConversation, Ok, Read, Write } from './apiShapes';
import type { ConceptApiPort } from './ConceptApiPort';
import type { GroupApiPort } from './GroupApiPort';
import type { HrApiPort } from './HrApiPort';
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
  | 'invalidResponse'
  /** The service refused the request with a problem (400, 404, 409, 412, 428): `problem` says why. */
  | 'refused';

/** Why the service refused a request: its stable code and its message in Danish and English. */
export interface MusProblem {
  readonly code: string;
  readonly messages: { readonly da: string; readonly en: string };
}

/** The outcome of a call: the data, or why there is none. */
export type MusApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly reason: MusApiFailure;
      readonly status?: number;
      readonly problem?: MusProblem;
    };

type ConversationPath = paths['/api/conversations/{conversationId}/'];

/** A concept for the year (`GET /api/concepts`), with its eTag. */
export type VersionedConcept = Ok<paths['/api/concepts']['get']>[number];
/** A concept: name, topics in force (`topics`) and optional topics (`optionalTopics`). */
export type Concept = VersionedConcept['value'];
/** A topic of a concept or of an agenda, with texts in Danish and English. */
export type Topic = Concept['topics'][number];
/** Text in both languages, as the service stores it. */
export type LocalizedText = Topic['title'];
/** A round of conversations, with its eTag. */
export type VersionedRound = Ok<paths['/api/rounds']['get']>[number];
/** What `POST /api/rounds` takes. */
export type CreateRoundBody = Body<paths['/api/rounds']['post']>;
/** What `POST /api/rounds` answers: the round and its conversations. */
export type CreatedRound = paths['/api/rounds']['post']['responses'][201]['content']['application/json'];
/** A conversation record with its eTag: state, slot, agenda, preparation times. */
export type VersionedConversation = Ok<ConversationPath['get']>;
/** A conversation record. */
export type Conversation = VersionedConversation['value'];
/** Where a conversation is in its life (planned … followedUp, cancelled). */
export type ConversationStatus = Conversation['status'];
/** One change of an agenda (`POST …/agenda`). */
export type AgendaChange = Body<paths['/api/conversations/{conversationId}/agenda']['post']>;
/** A round with its conversations (`GET /api/rounds/{id}`): planning, latest proposal, booking job. */
export type RoundWithConversations = Ok<paths['/api/rounds/{roundId}']['get']>;
/** A proposed schedule: a time per conversation, and who could not be placed and why. */
export type ScheduleProposal = Ok<paths['/api/rounds/{roundId}/schedule']['post']>;
/** Why an employee could not be placed (a code the UI translates). */
export type UnplacedReason = ScheduleProposal['unplaced'][number]['reason'];
/** What `POST /api/rounds/{id}/schedule` takes: nothing (propose), or moves of proposed conversations. */
export type ScheduleChange = Body<paths['/api/rounds/{roundId}/schedule']['post']>;
/** A free time a conversation can move to. */
export type FreeSlot = Ok<paths['/api/rounds/{roundId}/schedule/options']['get']>[number];
/** A booking job's progress: state, how many of how many are booked, and what failed (with messages). */
export type BookingJob = Ok<paths['/api/jobs/{jobId}']['get']>;
/** The answer to starting a booking (202): the job to follow. */
export type BookingStarted =
  paths['/api/rounds/{roundId}/booking']['post']['responses'][202]['content']['application/json'];
/** My preparation and what I may see of the other side's (`GET …/preparation`). */
export type PreparationView = Ok<paths['/api/conversations/{conversationId}/preparation']['get']>;
/** What `PUT …/preparation` takes: text per topic, and whether to submit. */
export type PreparationChange = Body<paths['/api/conversations/{conversationId}/preparation']['put']>;
/** My preparation as stored, with its eTag. */
export type VersionedPreparation = Ok<paths['/api/conversations/{conversationId}/preparation']['put']>;

/** A step of a conversation's life (`POST …/status`): book, rebook, cancel, agree, hold, … */
export type StatusChange = Body<paths['/api/conversations/{conversationId}/status']['post']>;
/** A conversation's invitation in the employee's language (`GET …/invitation`): subject and HTML body. */
export type Invitation = Ok<paths['/api/conversations/{conversationId}/invitation']['get']>;
/** Deep links into Teams (`GET /api/links`). */
export type TeamsLinks = Ok<paths['/api/links']['get']>;
/** A leader's MUS-testen for a round, with the score per section and in total (`GET /api/mus-tests`). */
export type MusTestResult = Ok<paths['/api/mus-tests']['get']>[number];
/** A MUS-testen sheet: statement id → aldrig … altid. */
export type MusTestSheet = Body<paths['/api/rounds/{roundId}/mus-test']['put']>['answers'];
type EvaluationPath = paths['/api/conversations/{conversationId}/evaluation'];
/** Whether my evaluation of a conversation is open (the talk is over), and mine if given. */
export type EvaluationView = Ok<EvaluationPath['get']>;
/** My evaluation as stored, with its eTag. */
export type VersionedEvaluation = Ok<EvaluationPath['put']>;
/** A development goal with its eTag: goal, activities, deadline, status and follow-ups. */
export type VersionedGoal = Ok<paths['/api/conversations/{conversationId}/goals']['get']>[number];
/** Where a goal is: notStarted, inProgress, achieved, dropped. */
export type GoalStatus = VersionedGoal['value']['status'];
/** "Siden sidst": the goals of the employee's previous conversation and where they are now. */
export type SinceLast = Ok<paths['/api/conversations/{conversationId}/since-last']['get']>;

/** The MUS API port. One instance per page, made by the composition root (src/entries). */
export interface MusApiPort extends HrApiPort, ConceptApiPort, GroupApiPort {
  /**
   * Who the caller is (`GET /api/me`), authenticated with the given bearer token. Never rejects: failures
   * resolve with `ok: false`, a reason and the HTTP status when there was one.
   */
  me(accessToken: string): Promise<MusApiResult<Me>>;
  /** The concepts the caller may plan with (`GET /api/concepts`). */
  concepts(accessToken: string): Promise<MusApiResult<readonly VersionedConcept[]>>;
  /** The caller's rounds as leader (`GET /api/rounds`). */
  rounds(accessToken: string): Promise<MusApiResult<readonly VersionedRound[]>>;
  /**
   * Plan a round (`POST /api/rounds`). The body carries the client's `roundId`, so sending it again after a
   * dropped connection finishes the same round instead of making a second one.
   */
  createRound(accessToken: string, body: CreateRoundBody): Promise<MusApiResult<CreatedRound>>;
  /** One of the caller's rounds with its conversations (`GET /api/rounds/{id}`). */
  round(accessToken: string, roundId: string): Promise<MusApiResult<RoundWithConversations>>;
  /**
   * Propose a time for every conversation of the round not yet booked, from everyone's free/busy
   * (`POST /api/rounds/{id}/schedule` with `{}`), or move proposed conversations (`{ moves }`; a time that
   * is not free is refused with 409 `slot_not_free`). The latest proposal is what booking books.
   */
  schedule(
    accessToken: string,
    roundId: string,
    change: ScheduleChange,
  ): Promise<MusApiResult<ScheduleProposal>>;
  /** The free times one conversation of the round can move to (`GET …/schedule/options`). */
  scheduleOptions(
    accessToken: string,
    roundId: string,
    conversationId: string,
  ): Promise<MusApiResult<readonly FreeSlot[]>>;
  /**
   * Book the round's latest proposal as Teams meetings (`POST /api/rounds/{id}/booking`): a durable job,
   * answered 202 with its id. Sending it again (a retry after failures) answers the same or a new job and
   * books nothing twice.
   */
  book(accessToken: string, roundId: string): Promise<MusApiResult<BookingStarted>>;
  /** A booking job's progress (`GET /api/jobs/{id}`). */
  bookingJob(accessToken: string, jobId: string): Promise<MusApiResult<BookingJob>>;
  /** The conversations the caller is a party of, as employee or as leader (`GET /api/conversations`). */
  conversations(accessToken: string): Promise<MusApiResult<readonly VersionedConversation[]>>;
  /** One conversation (`GET /api/conversations/{id}`). */
  conversation: Read<VersionedConversation>;
  /** Change the agenda (`POST …/agenda`) of the version `etag`; a stale one is refused (412). */
  changeAgenda: Change<AgendaChange, VersionedConversation>;
  /** My preparation and whether the other side has submitted theirs (`GET …/preparation`). */
  preparation: Read<PreparationView>;
  /**
   * Write my preparation (`PUT …/preparation`): `etag` of my last version, or none for the first write;
   * `submit: true` hands it in (then it is frozen).
   */
  writePreparation: Write<PreparationChange, VersionedPreparation>;
  /**
   * A step of the conversation (`POST …/status`) from the version `etag`; a rebook moves its meeting and a
   * cancel cancels it, in both calendars.
   */
  changeStatus: Change<StatusChange, VersionedConversation>;
  /** The invitation the Outlook add-in writes into the appointment (`GET …/invitation`, the leader's). */
  invitation: Read<Invitation>;
  /**
   * Make the appointment marked with the conversation its meeting (`POST …/meeting`); `meeting_not_found`
   * until Outlook has saved it.
   */
  linkMeeting: Read<VersionedConversation>;
  /** Deep links into Teams: the round planner (`GET /api/links`). */
  links(accessToken: string): Promise<MusApiResult<TeamsLinks>>;
  /** My MUS-testen results as leader, newest first, each with its score (`GET /api/mus-tests`). */
  musTests(accessToken: string): Promise<MusApiResult<readonly MusTestResult[]>>;
  /** Hand in MUS-testen for one of my rounds (`PUT /api/rounds/{id}/mus-test`); the answer has the score. */
  answerMusTest(
    accessToken: string,
    roundId: string,
    answers: MusTestSheet,
  ): Promise<MusApiResult<MusTestResult>>;
  /** Whether my evaluation of the conversation is open, and mine if given (`GET …/evaluation`). */
  evaluation: Read<EvaluationView>;
  /** Give my evaluation (`PUT …/evaluation`, 1-5 and a comment), once. */
  evaluate: OnConversation<[body: { rating: number; comment: string }], VersionedEvaluation>;
  /** The conversation's development goals (`GET …/goals`). */
  goals: Read<readonly VersionedGoal[]>;
  /** Record a follow-up on a goal (`POST …/goals/{id}/follow-ups`) on the version `etag`. */
  followUpGoal: OnConversation<
    [goalId: string, etag: string, body: { status: GoalStatus; note: string }],
    VersionedGoal
  >;
  /** "Siden sidst" for a conversation: the previous conversation's goals I may see (`GET …/since-last`). */
  sinceLast(accessToken: string, conversationId: string): Promise<MusApiResult<SinceLast>>;
  /** Hand my conversation to my new manager (`POST …/handover/new-leader`) on the version `etag`. */
  handOver(
    accessToken: string,
    conversationId: string,
    etag: string,
    leaderId: string,
  ): Promise<MusApiResult<VersionedConversation>>;
}
