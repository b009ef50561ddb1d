/**
 * The group conversations' part of the MUS API (GRUS: `/api/rounds/{id}/groups`, `…/individual`): a
 * leader's groups in a round and the individual MUS their members asked for, a new group booked as one
 * Teams meeting, and a member's request for an individual MUS instead. Part of {@link MusApiPort}.
 */
import type { Body, Json, Ok } from './apiShapes';
import type { MusApiResult, VersionedConversation } from './MusApiPort';
import type { paths } from './musApi.generated';

type GroupsPath = paths['/api/rounds/{roundId}/groups'];

/** A group conversation of a round, with the individual MUS its members asked for instead (the leader's). */
export type RoundGroup = Ok<GroupsPath['get']>[number];
/** What `POST /api/rounds/{id}/groups` takes: the client's id, the members, the representative, the start. */
export type CreateGroupBody = Body<GroupsPath['post']>;
/** What it answers (202): the group conversation and the booking job (none when it is booked already). */
export type CreatedGroup = Json<GroupsPath['post']['responses'][202]>;
/** A free time for both the leader and the member who asked for an individual MUS, or none in the next weeks. */
export type RequestProposal = Ok<paths['/api/rounds/{roundId}/groups/proposal']['get']>;
/** Times to book for conversations of a round (`POST /api/rounds/{id}/booking` with `slots`). */
export type BookingSlots = NonNullable<Body<paths['/api/rounds/{roundId}/booking']['post']>>['slots'];

export interface GroupApiPort {
  /** The round's group conversations and the requests for an individual MUS (`GET …/groups`, the leader's). */
  groups(accessToken: string, roundId: string): Promise<MusApiResult<readonly RoundGroup[]>>;
  /** Create a group conversation and start booking its meeting (`POST …/groups`); a retry books nothing twice. */
  createGroup(
    accessToken: string,
    roundId: string,
    body: CreateGroupBody,
  ): Promise<MusApiResult<CreatedGroup>>;
  /** Book these conversations of the round at these times (`POST …/booking` with `slots`): the job's id. */
  bookSlots(
    accessToken: string,
    roundId: string,
    slots: BookingSlots,
  ): Promise<MusApiResult<{ readonly jobId: string }>>;
  /** A free time for a requested individual MUS, for the leader and the member both (`GET …/groups/proposal`). */
  proposeTime(
    accessToken: string,
    roundId: string,
    conversationId: string,
  ): Promise<MusApiResult<RequestProposal>>;
  /** As a member of the group: ask for an individual MUS instead (`POST …/individual`); asking again is the same. */
  askForIndividual(accessToken: string, groupId: string): Promise<MusApiResult<VersionedConversation>>;
}
