/**
 * The confidentiality rules (`src/service/README.md`, "Confidentiality rules"), each in one place. Routes ask this policy; they never
 * decide access themselves.
 *
 * - A conversation is visible to its two parties only: the employee, and the leader who is the employee's
 *   manager in Graph now. A former leader loses access when the manager changes, unless the employee
 *   consented to a handover (`consentedLeaderIds`), which can also admit the new leader. Consent is only
 *   for a leader of this conversation or the employee's current manager, and gives read-only standing.
 * - Each side's preparation is hidden from the other until both have submitted or the meeting has started
 *   on the server's clock (never a status a party can set).
 * - HR sees coverage and aggregates, and a conclusion only where the employee consented to filing it.
 * - Aggregates only for groups of 5 or more.
 * - A conclusion signed by both is locked; an amendment is a new version that needs both signatures.
 * - A group conversation (GRUS) is visible to its members too, but only its shared parts (notes, goals, the
 *   group plan); the representative (the conversation's employee) agrees, prepares and signs for the group.
 * - Every read by anyone but the two parties is written to the audit list.
 * Private notes never reach this policy: they live in the author's own OneDrive, reached on their behalf.
 */
import {
  hasMeetingEverStarted,
  isConclusionLocked,
  isPreparationVisibleTo,
  type Conclusion,
  type Party,
  type Preparation,
} from '../../domain';
import type { Caller } from '../auth/tokenValidator';
import { ApiError } from '../http/problem';
import type { ConversationRecord, RecordKind } from '../records/kinds';
import type { AuditLog } from './audit';
import type { Directory } from './directory';

export const MIN_AGGREGATE_GROUP = 5;

export interface PolicySettings {
  readonly hrGroupId: string;
  /**
   * The directory without its cache, asked on every write and on reads of preparation, notes and conclusions,
   * so that a former leader loses access the moment the manager changes (default: the cached one).
   */
  readonly freshDirectory?: Directory;
}

/** How the caller stands to a conversation: which party, and whether the read must be audited. */
export interface ConversationAccess {
  readonly party: Party;
  /** True when the caller is not one of the two current parties (a consented former or new leader). */
  readonly audited: boolean;
  /** True for a consented non-current party: reads only (audited), every write is refused. */
  readonly readOnly: boolean;
  /**
   * True for a member of a group conversation (GRUS) who is not its representative: the group's shared
   * parts only ({@link GROUP_MEMBER_READS}, {@link GROUP_MEMBER_WRITES}), never the representative's own.
   */
  readonly groupMember?: true;
}

/** What a group member (not the representative) may read: the group's form, notes, goals and plan. */
export const GROUP_MEMBER_READS: ReadonlySet<string> = new Set([
  'read',
  'list',
  'meeting',
  'notes',
  'private-note',
  'private-notes',
  'goals',
  'conclusion',
  'live',
]);
/** What a group member may change: the shared and their private notes, the live form, and ask for their own MUS. */
export const GROUP_MEMBER_WRITES: ReadonlySet<string> = new Set([
  'notes',
  'private-note',
  'private-notes',
  'live',
  'individual',
]);

export class AccessPolicy {
  constructor(
    private readonly directory: Directory,
    private readonly audit: AuditLog,
    private readonly settings: PolicySettings,
    private readonly now: () => Date,
  ) {}

  isHr(caller: Caller): Promise<boolean> {
    return this.directory.isMemberOf(caller.userId, this.settings.hrGroupId);
  }

  async requireHr(caller: Caller): Promise<void> {
    if (!(await this.isHr(caller))) throw new ApiError('forbidden', 'Only HR');
  }

  /** A user id in a path or body that must be the caller's own. */
  requireSelf(caller: Caller, userId: string): void {
    if (caller.userId !== userId) throw new ApiError('forbidden', 'Not your own');
  }

  /** The caller must be the employee's manager now (to plan a round for them). */
  async requireLeaderOf(caller: Caller, employeeId: string): Promise<void> {
    const manager = await this.directory.managerOf(employeeId);
    if (manager?.id !== caller.userId) throw new ApiError('forbidden', 'Not your direct report');
  }

  /**
   * The caller's standing to a conversation; refuses everyone but its parties. Audits non-party reads.
   * Someone who never was a party gets the same 404 as for a conversation that does not exist, so nobody
   * learns which conversations exist. `fresh` asks the directory without its cache (writes, sensitive reads).
   */
  async conversationAccess(
    caller: Caller,
    conversation: ConversationRecord,
    action: string,
    options: { fresh?: boolean } = {},
  ): Promise<ConversationAccess> {
    if (caller.userId === conversation.employeeId)
      return { party: 'employee', audited: false, readOnly: false };
    if (conversation.groupMemberIds.some((id) => id === caller.userId)) {
      if (!GROUP_MEMBER_READS.has(action) && !GROUP_MEMBER_WRITES.has(action))
        throw new ApiError('group_representative_only');
      return { party: 'employee', audited: false, readOnly: false, groupMember: true };
    }
    const consented = conversation.consentedLeaderIds.includes(caller.userId);
    if (caller.userId !== conversation.leaderId && !consented) throw new ApiError('not_found');
    const directory = options.fresh ? (this.settings.freshDirectory ?? this.directory) : this.directory;
    const manager = await directory.managerOf(conversation.employeeId);
    const isCurrentLeader = manager?.id === caller.userId && caller.userId === conversation.leaderId;
    if (isCurrentLeader) return { party: 'leader', audited: false, readOnly: false };
    if (!consented) throw new ApiError('former_leader');
    await this.audit.record({
      actorId: caller.userId,
      action: `handover:${action}`,
      conversationId: conversation.id,
      employeeId: conversation.employeeId,
    });
    return { party: 'leader', audited: true, readOnly: true };
  }

  /** A write needs a current party: a consented (former or new) leader only reads. */
  requireWritable(access: ConversationAccess): void {
    if (access.readOnly) throw new ApiError('read_only_access');
  }

  /** A group member changes only the group's shared parts: the representative signs and agrees for the group. */
  requireGroupMemberWrite(access: ConversationAccess, action: string): void {
    if (access.groupMember && !GROUP_MEMBER_WRITES.has(action))
      throw new ApiError('group_representative_only');
  }

  /**
   * Whom the employee may consent to (a handover): the conversation's recorded leader, or the employee's
   * current manager when that is not the recorded leader. Anyone else is
   * refused, so consent cannot make a stranger a party.
   */
  async requireHandoverCandidate(conversation: ConversationRecord, leaderId: string): Promise<void> {
    if (leaderId === conversation.employeeId) throw new ApiError('handover_not_allowed');
    if (leaderId === conversation.leaderId) return;
    const manager = await this.directory.managerOf(conversation.employeeId);
    if (manager?.id !== leaderId) throw new ApiError('handover_not_allowed');
  }

  /**
   * Whether `viewer` may see the other side's preparation: the domain's rule (`isPreparationVisibleTo`: a
   * submitted one only, never a draft, once both submitted or the meeting started), where the meeting has
   * started when the server's clock has passed the start of a slot booked in the future, now or before the
   * meeting was moved (`hasMeetingEverStarted`), so moving it never hides again what became visible.
   */
  otherPreparationVisible(
    conversation: ConversationRecord,
    viewer: Party,
    mine: Preparation | undefined,
    other: Preparation | undefined,
  ): boolean {
    if (!other) return false;
    return isPreparationVisibleTo(
      other,
      { party: viewer, personId: viewer === 'leader' ? conversation.leaderId : conversation.employeeId },
      {
        otherSideSubmitted: (mine?.submittedAt ?? null) !== null,
        meetingStarted: hasMeetingEverStarted(conversation, this.now()),
      },
    );
  }

  /** HR reads a conclusion: only with the employee's consent, and always audited. */
  async hrReadsConclusion(
    caller: Caller,
    conversation: ConversationRecord,
    conclusion: Conclusion,
  ): Promise<void> {
    await this.requireHr(caller);
    // Without consent HR learns nothing, not even that a conclusion exists: the same 404 as for none.
    if (!conclusion.consentToPersonnelFile) throw new ApiError('not_found');
    await this.audit.record({
      actorId: caller.userId,
      action: 'hr:read-conclusion',
      conversationId: conversation.id,
      employeeId: conversation.employeeId,
    });
  }

  /** Aggregates are shown only for groups of at least {@link MIN_AGGREGATE_GROUP}. */
  requireGroupSize(size: number): void {
    if (size < MIN_AGGREGATE_GROUP) {
      throw new ApiError(
        'group_too_small',
        `The group has ${size} members; at least ${MIN_AGGREGATE_GROUP} are needed`,
      );
    }
  }

  /** A conclusion signed by both is locked: only an amendment (a new version) may change it. */
  requireConclusionEditable(conclusion: Conclusion): void {
    if (isConclusionLocked(conclusion)) throw new ApiError('conclusion_locked');
  }
}

/**
 * Whether a 412 may carry the version now stored: only when the caller could read that record anyway. A
 * party's own preparation and evaluation are theirs alone; a read-only (consented) leader sees neither.
 */
export function mayReadInConflict(
  kind: RecordKind,
  value: unknown,
  who: { callerId: string | undefined; access: ConversationAccess | null | undefined },
): boolean {
  const { callerId, access } = who;
  const own = (party: unknown) => Boolean(access && !access.readOnly && party === access.party);
  const field = (name: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  switch (kind) {
    case 'concept':
      return callerId !== undefined;
    // A draft's routes are in the HR scope: whoever meets its 412 is HR.
    case 'conceptDraft':
      return callerId !== undefined;
    case 'conversation':
    case 'note':
    case 'goal':
    case 'conclusion':
    case 'liveDocument':
      return Boolean(access);
    case 'preparation':
      return own(field('side')) && field('authorId') === callerId;
    case 'evaluation':
      return own(field('party'));
    case 'round':
    case 'musTest':
      return callerId !== undefined && field('leaderId') === callerId;
    case 'audit':
    case 'publishedFigures':
    case 'reminder':
    case 'reminderSchedule':
    case 'privateNotesDue':
      return false;
  }
}
