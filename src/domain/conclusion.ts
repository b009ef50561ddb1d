import { z } from 'zod';
import { DomainError } from './errors';
import type { DevelopmentGoal } from './goal';
import { ResponsibleSchema } from './goal';
import type { CalendarDate, ConversationId, Party, PersonId, TopicId } from './ids';
import {
  CalendarDateSchema,
  ConversationIdSchema,
  GoalIdSchema,
  InstantSchema,
  PersonIdSchema,
  TopicIdSchema,
  instant,
} from './ids';
import { LocalizedTextSchema, TEXT_LIMITS } from './text';
import type { Topic } from './topic';

/**
 * The joint conclusion form (fælles konklusionsskema): a summary per agreed topic and the development goals,
 * signed by both with time. When both have signed, the version is locked; a change is an amendment, a new
 * version that needs both signatures again. Every version is kept.
 */
export const SignatureSchema = z.object({
  personId: PersonIdSchema,
  at: InstantSchema,
  /** The signer's name as their sign-in gave it when they signed (what a paper form's signature shows). */
  name: z.string().max(TEXT_LIMITS.title).optional(),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const ConclusionVersionSchema = z.object({
  version: z.number().int().min(1),
  summaries: z.array(
    z.object({
      topicId: TopicIdSchema,
      title: LocalizedTextSchema,
      summary: z.string().max(TEXT_LIMITS.summary),
    }),
  ),
  goals: z.array(
    z.object({
      goalId: GoalIdSchema,
      goal: z.string().min(1),
      activities: z.array(z.string()),
      deadline: CalendarDateSchema,
      responsible: ResponsibleSchema,
    }),
  ),
  /** When the two follow up on the goals (a date both agree in the meeting). */
  followUpDate: CalendarDateSchema.nullable().default(null),
  signatures: z.object({ leader: SignatureSchema.nullable(), employee: SignatureSchema.nullable() }),
  amendmentReason: z.string().max(TEXT_LIMITS.note).nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type ConclusionVersion = z.infer<typeof ConclusionVersionSchema>;

export const ConclusionSchema = z.object({
  schemaVersion: z.literal(1),
  conversationId: ConversationIdSchema,
  leaderId: PersonIdSchema,
  employeeId: PersonIdSchema,
  versions: z.array(ConclusionVersionSchema).min(1),
  /** The employee's choice: file the signed conclusion to the personnel record (HR may then read it). */
  consentToPersonnelFile: z.boolean().default(false),
});
export type Conclusion = z.infer<typeof ConclusionSchema>;

export interface CreateConclusionInput {
  conversationId: ConversationId;
  leaderId: PersonId;
  employeeId: PersonId;
  topics: readonly Pick<Topic, 'id' | 'title'>[];
  at: Date;
}

export function createConclusion(input: CreateConclusionInput): Conclusion {
  const { conversationId, leaderId, employeeId, topics } = input;
  const at = instant(input.at);
  return {
    schemaVersion: 1,
    conversationId,
    leaderId,
    employeeId,
    versions: [
      {
        version: 1,
        summaries: topics.map((t) => ({ topicId: t.id, title: t.title, summary: '' })),
        goals: [],
        followUpDate: null,
        signatures: { leader: null, employee: null },
        amendmentReason: null,
        createdAt: at,
        updatedAt: at,
      },
    ],
    consentToPersonnelFile: false,
  };
}

/** The employee, and only the employee, decides whether the conclusion is filed to the personnel record. */
export function setPersonnelFileConsent(c: Conclusion, party: Party, consent: boolean): Conclusion {
  if (party !== 'employee') {
    throw new DomainError('conclusion.consentNotEmployee', 'Only the employee decides on filing.', { party });
  }
  return { ...c, consentToPersonnelFile: consent };
}

/** The version being worked on or, when locked, the one in force. */
export const currentVersion = (c: Conclusion): ConclusionVersion => {
  const last = c.versions[c.versions.length - 1];
  if (!last) throw new DomainError('conclusion.empty', 'A conclusion has at least one version.');
  return last;
};

const signedByBoth = (v: ConclusionVersion): boolean =>
  v.signatures.leader !== null && v.signatures.employee !== null;

export const isConclusionLocked = (c: Conclusion): boolean => signedByBoth(currentVersion(c));

/** The latest version both have signed (what is in force), if any. */
export const signedVersion = (c: Conclusion): ConclusionVersion | undefined =>
  c.versions.filter(signedByBoth).pop();

function edit(c: Conclusion, change: (v: ConclusionVersion) => ConclusionVersion, at: Date): Conclusion {
  const current = currentVersion(c);
  if (signedByBoth(current)) {
    throw new DomainError(
      'conclusion.locked',
      'The conclusion is signed by both; make an amendment to change it.',
      {
        version: current.version,
      },
    );
  }
  // Content that changes after one party signed is no longer what they signed: the signatures go.
  const next = { ...change(current), signatures: { leader: null, employee: null }, updatedAt: instant(at) };
  return { ...c, versions: [...c.versions.slice(0, -1), next] };
}

export function writeSummary(c: Conclusion, topicId: TopicId, summary: string, at: Date): Conclusion {
  if (summary.length > TEXT_LIMITS.summary) {
    throw new DomainError('notes.tooLong', 'The summary is too long.', { limit: TEXT_LIMITS.summary });
  }
  if (!currentVersion(c).summaries.some((s) => s.topicId === topicId)) {
    throw new DomainError('conclusion.unknownTopic', `Topic ${topicId} is not in the conclusion.`, {
      topicId,
    });
  }
  return edit(
    c,
    (v) => ({ ...v, summaries: v.summaries.map((s) => (s.topicId === topicId ? { ...s, summary } : s)) }),
    at,
  );
}

/** Copies the goals as they stand into the conclusion (a snapshot: later progress does not change it). */
export function setConclusionGoals(c: Conclusion, goals: readonly DevelopmentGoal[], at: Date): Conclusion {
  const snapshot = goals.map((g) => ({
    goalId: g.id,
    goal: g.goal,
    activities: g.activities.map((a) => a.description),
    deadline: g.deadline,
    responsible: g.responsible,
  }));
  return edit(c, (v) => ({ ...v, goals: snapshot }), at);
}

/** Sets (or clears) the follow-up date of the version being worked on. */
export function setFollowUpDate(c: Conclusion, date: CalendarDate | null, at: Date): Conclusion {
  return edit(c, (v) => ({ ...v, followUpDate: date }), at);
}

/** Signs the current version as `party`, with the signer's name as their sign-in gives it (when known). */
export function signConclusion(
  c: Conclusion,
  party: Party,
  personId: PersonId,
  at: Date,
  name?: string,
): Conclusion {
  const current = currentVersion(c);
  if (signedByBoth(current)) {
    throw new DomainError('conclusion.locked', 'The conclusion is already signed by both.', {
      version: current.version,
    });
  }
  if (personId !== (party === 'leader' ? c.leaderId : c.employeeId)) {
    throw new DomainError(
      'conclusion.wrongSigner',
      `Only the conversation's ${party} may sign as ${party}.`,
      { party },
    );
  }
  if (current.signatures[party] !== null) {
    throw new DomainError('conclusion.alreadySigned', `The ${party} has already signed this version.`, {
      party,
    });
  }
  if (current.goals.length === 0 && current.summaries.every((s) => s.summary.trim() === '')) {
    throw new DomainError('conclusion.empty', 'There is nothing to sign yet.');
  }
  const signed = {
    ...current,
    signatures: {
      ...current.signatures,
      [party]: { personId, at: instant(at), ...(name ? { name: name.slice(0, TEXT_LIMITS.title) } : {}) },
    },
  };
  return { ...c, versions: [...c.versions.slice(0, -1), signed] };
}

/** Opens a new version of a locked conclusion, with the same content and no signatures. */
export function amendConclusion(c: Conclusion, reason: string, at: Date): Conclusion {
  const current = currentVersion(c);
  if (!signedByBoth(current)) {
    throw new DomainError(
      'conclusion.notLocked',
      'Only a conclusion signed by both can be amended; edit it instead.',
    );
  }
  const stamp = instant(at);
  const next: ConclusionVersion = {
    ...current,
    version: current.version + 1,
    signatures: { leader: null, employee: null },
    amendmentReason: reason.trim() === '' ? null : reason.slice(0, TEXT_LIMITS.note),
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...c, versions: [...c.versions, next] };
}
