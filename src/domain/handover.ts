import type { Conclusion } from './conclusion';
import type { Conversation } from './conversation';
import { DomainError } from './errors';
import { instant, type PersonId } from './ids';

/**
 * When the employee's manager changes, the conversation (and its goals and conclusion) moves to the new leader
 * instead of being forgotten or restarted. The former leader is remembered with the time of the handover; what
 * they may still read is the service's decision (by default nothing, unless the employee consents).
 * Signatures already given keep their signer; only future signatures are the new leader's.
 */
export function handOverConversation(c: Conversation, newLeaderId: PersonId, at: Date): Conversation {
  if (newLeaderId === c.leaderId || newLeaderId === c.employeeId) {
    throw new DomainError(
      'conversation.invalidHandover',
      'The new leader must be someone other than both parties.',
      {
        newLeaderId,
      },
    );
  }
  const stamp = instant(at);
  return {
    ...c,
    leaderId: newLeaderId,
    formerLeaders: [...c.formerLeaders, { leaderId: c.leaderId, until: stamp }],
    updatedAt: stamp,
  };
}

/** The conclusion follows its conversation to the new leader (who signs future versions and amendments). */
export function handOverConclusion(conclusion: Conclusion, conversation: Conversation): Conclusion {
  if (conclusion.conversationId !== conversation.id) {
    throw new DomainError('conversation.invalidHandover', 'The conclusion belongs to another conversation.');
  }
  return { ...conclusion, leaderId: conversation.leaderId };
}

/** Whether `personId` led this conversation before a handover (for the service's access decision). */
export const isFormerLeader = (c: Pick<Conversation, 'formerLeaders'>, personId: PersonId): boolean =>
  c.formerLeaders.some((f) => f.leaderId === personId);
