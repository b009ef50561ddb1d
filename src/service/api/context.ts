import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../auth/tokenValidator';
import type { AccessPolicy } from '../authorization/policy';
import type { Directory } from '../authorization/directory';
import { ApiError } from '../http/problem';
import type { Collection, Versioned } from '../records/collection';
import type { PrivateNotesStore } from '../records/privateNotes';
import type {
  AuditRecord,
  ConceptRecord,
  ConclusionRecord,
  ConversationRecord,
  EvaluationRecord,
  GoalRecord,
  MusTestRecord,
  NoteRecord,
  PreparationRecord,
  RoundRecord,
} from '../records/schemas';

/** Everything a route needs, built once in `app.ts` (the composition root). */
export interface ApiContext {
  readonly policy: AccessPolicy;
  readonly directory: Directory;
  readonly privateNotes: PrivateNotesStore;
  readonly now: () => Date;
  readonly records: {
    readonly concepts: Collection<ConceptRecord>;
    readonly rounds: Collection<RoundRecord>;
    readonly conversations: Collection<ConversationRecord>;
    readonly preparations: Collection<PreparationRecord>;
    readonly notes: Collection<NoteRecord>;
    readonly goals: Collection<GoalRecord>;
    readonly conclusions: Collection<ConclusionRecord>;
    readonly musTests: Collection<MusTestRecord>;
    readonly evaluations: Collection<EvaluationRecord>;
    readonly audit: Collection<AuditRecord>;
  };
}

/**
 * The eTag a write is based on. Every change of an existing record needs it; without it the write is
 * refused (428) rather than silently overwriting someone's work.
 */
export function ifMatch(request: FastifyRequest): string {
  const value = request.headers['if-match'];
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new ApiError('precondition_required');
  }
  return value;
}

/** Sends a versioned record: the eTag in the header and in the body. */
export function versioned<T>(reply: FastifyReply, record: Versioned<T>): { etag: string; value: T } {
  reply.header('etag', record.etag);
  return { etag: record.etag, value: record.value };
}

/** Loads a conversation and the caller's standing to it (refusing non-parties). */
export async function conversationFor(ctx: ApiContext, caller: Caller, id: string, action: string) {
  const conversation = await ctx.records.conversations.get(id);
  if (!conversation) throw new ApiError('not_found', 'No such conversation');
  const access = await ctx.policy.conversationAccess(caller, conversation.value, action);
  return { conversation, access };
}

/** As {@link conversationFor}, for a change: a read-only party (a consented former leader) is refused here. */
export async function conversationForWrite(ctx: ApiContext, caller: Caller, id: string, action: string) {
  const found = await conversationFor(ctx, caller, id, action);
  ctx.policy.requireWritable(found.access);
  return found;
}

/**
 * Writes a record that may not exist yet: the first write creates it (a concurrent first write gets 412
 * with the winner's version), every later write needs If-Match.
 */
export async function createOrUpdate<T>(
  collection: Collection<T>,
  request: FastifyRequest,
  key: string,
  make: (current: T | undefined) => NoInfer<T>,
): Promise<Versioned<T>> {
  const existing = await collection.get(key);
  if (!existing) return collection.create(key, make(undefined));
  return collection.updateFrom(existing, ifMatch(request), (current) => make(current));
}

/**
 * {@link createOrUpdate} for a value that does not depend on the current one (a shared note): with an
 * If-Match it is written straight away (the store refuses a stale eTag with the current version, as
 * before), saving a read; without one, or when the record does not exist yet, it goes the usual way.
 */
export async function writeWhole<T>(
  collection: Collection<T>,
  request: FastifyRequest,
  key: string,
  value: T,
): Promise<Versioned<T>> {
  const base = request.headers['if-match'];
  if (typeof base === 'string' && base.length > 0 && base.length <= 200) {
    const written = await collection.replaceIfExists(key, value, base);
    if (written) return written;
  }
  return createOrUpdate(collection, request, key, () => value);
}
