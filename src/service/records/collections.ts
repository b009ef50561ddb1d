import { Collection } from './collection';
import type { RecordStore } from './recordStore';
import {
  auditSchema,
  conceptSchema,
  conclusionSchema,
  conversationSchema,
  evaluationSchema,
  goalSchema,
  musTestSchema,
  noteSchema,
  preparationSchema,
  roundSchema,
} from './schemas';

/** One typed collection per record kind, with the fields each is found by (indexed columns). */
export function createCollections(store: RecordStore) {
  return {
    concepts: new Collection(store, 'concept', conceptSchema, () => ({})),
    rounds: new Collection(store, 'round', roundSchema, (r) => ({ roundId: r.id, leaderId: r.leaderId })),
    conversations: new Collection(store, 'conversation', conversationSchema, (c) => ({
      conversationId: c.id,
      roundId: c.roundId,
      leaderId: c.leaderId,
      employeeId: c.employeeId,
    })),
    preparations: new Collection(
      store,
      'preparation',
      preparationSchema,
      (p) => ({ conversationId: p.conversationId }),
      (v) => ({
        etag: v.etag,
        value: v.value.submittedAt !== undefined ? { party: v.value.party } : v.value,
      }),
    ),
    notes: new Collection(store, 'note', noteSchema, (n) => ({ conversationId: n.conversationId })),
    goals: new Collection(store, 'goal', goalSchema, (g) => ({ conversationId: g.conversationId })),
    conclusions: new Collection(store, 'conclusion', conclusionSchema, (c) => ({
      conversationId: c.conversationId,
    })),
    musTests: new Collection(store, 'musTest', musTestSchema, (m) => ({
      roundId: m.roundId,
      leaderId: m.leaderId,
    })),
    evaluations: new Collection(store, 'evaluation', evaluationSchema, (e) => ({
      roundId: e.roundId,
      conversationId: e.conversationId,
    })),
    audit: new Collection(store, 'audit', auditSchema, (a) => ({
      ...(a.conversationId ? { conversationId: a.conversationId } : {}),
      ...(a.employeeId ? { employeeId: a.employeeId } : {}),
    })),
  };
}
export type Collections = ReturnType<typeof createCollections>;
