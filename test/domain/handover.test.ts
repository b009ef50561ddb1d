import { amendConclusion, createConclusion, signConclusion, writeSummary } from '../../src/domain/conclusion';
import { ConversationSchema, planConversation } from '../../src/domain/conversation';
import { handOverConclusion, handOverConversation, isFormerLeader } from '../../src/domain/handover';
import { conversationId, personId } from '../../src/domain/ids';
import { at, concept, convId, employee, leader, rId } from './fixtures';

const newLeader = personId('leader-ny');
const conversation = () =>
  planConversation({
    id: convId,
    roundId: rId,
    conceptId: concept.id,
    leaderId: leader,
    employeeId: employee,
    at: at(),
  });

describe('handing a conversation over to a new leader', () => {
  it('moves the conversation and remembers the former leader with the time', () => {
    const moved = handOverConversation(conversation(), newLeader, at(100));
    expect(moved.leaderId).toBe(newLeader);
    expect(moved.formerLeaders).toEqual([{ leaderId: leader, until: at(100).toISOString() }]);
    expect(isFormerLeader(moved, leader)).toBe(true);
    expect(isFormerLeader(moved, newLeader)).toBe(false);
    expect(ConversationSchema.parse(JSON.parse(JSON.stringify(moved)))).toEqual(moved);
  });

  it('reads records stored before handovers existed', () => {
    const { formerLeaders: _omit, ...old } = conversation();
    expect(ConversationSchema.parse(JSON.parse(JSON.stringify(old))).formerLeaders).toEqual([]);
  });

  it('refuses handing over to the same leader or to the employee', () => {
    const invalid = expect.objectContaining({ code: 'conversation.invalidHandover' });
    expect(() => handOverConversation(conversation(), leader, at(1))).toThrow(invalid);
    expect(() => handOverConversation(conversation(), employee, at(1))).toThrow(invalid);
  });

  it("lets the new leader sign an amendment, keeping the former leader's signature on the old version", () => {
    let conclusion = createConclusion({
      conversationId: convId,
      leaderId: leader,
      employeeId: employee,
      topics: concept.topics,
      at: at(),
    });
    conclusion = writeSummary(conclusion, concept.topics[0]!.id, 'Godt år.', at(1));
    conclusion = signConclusion(
      signConclusion(conclusion, 'leader', leader, at(2)),
      'employee',
      employee,
      at(3),
    );
    const moved = handOverConversation(conversation(), newLeader, at(100));
    const amended = amendConclusion(handOverConclusion(conclusion, moved), 'Ny leder', at(101));
    expect(() => signConclusion(amended, 'leader', leader, at(102))).toThrow(
      expect.objectContaining({ code: 'conclusion.wrongSigner' }),
    );
    const signed = signConclusion(amended, 'leader', newLeader, at(102));
    expect(signed.versions[0]?.signatures.leader?.personId).toBe(leader);
    expect(signed.versions[1]?.signatures.leader?.personId).toBe(newLeader);
    const other = { ...moved, id: conversationId('other') };
    expect(() => handOverConclusion(conclusion, other)).toThrow(
      expect.objectContaining({ code: 'conversation.invalidHandover' }),
    );
  });
});
