import fc from 'fast-check';
import {
  acceptProposal,
  addTopic,
  agreeAgenda,
  agreedTopics,
  AgendaSchema,
  createAgenda,
  declineProposal,
  isAgendaAgreed,
  moveTopic,
  removeTopic,
  type Agenda,
} from '../../src/domain/agenda';
import type { Party } from '../../src/domain/ids';
import { topicId } from '../../src/domain/ids';
import { createOwnTopic, followsOrderingRule } from '../../src/domain/topic';
import { at, concept, convId } from './fixtures';

const goalsId = topicId('flex.udviklingsmaal');
const innovation = concept.optionalTopics.find((t) => t.id === 'flex.innovation')!;
const titles = (a: Agenda) => a.items.map((i) => i.topic.title.da);

describe('the agenda', () => {
  it('starts from the concept with the goals topic last', () => {
    const agenda = createAgenda(convId, concept, at());
    expect(titles(agenda).at(-1)).toBe('Udviklingsmål og udviklingsaktiviteter');
    expect(agreedTopics(agenda)).toHaveLength(5);
    expect(AgendaSchema.parse(JSON.parse(JSON.stringify(agenda)))).toEqual(agenda);
  });

  it('lets the employee propose a topic that the leader accepts, placed before the goals topic', () => {
    let agenda = addTopic(createAgenda(convId, concept, at()), 'employee', innovation, at(1));
    expect(agenda.items.find((i) => i.topic.id === innovation.id)?.status).toBe('proposed');
    expect(agreedTopics(agenda).map((t) => t.id)).not.toContain(innovation.id);
    agenda = acceptProposal(agenda, 'leader', innovation.id, at(2));
    expect(titles(agenda).slice(-2)).toEqual(['Innovation', 'Udviklingsmål og udviklingsaktiviteter']);
  });

  it('only the leader accepts proposals, removes or moves topics', () => {
    const proposed = addTopic(createAgenda(convId, concept, at()), 'employee', innovation, at(1));
    const refused = expect.objectContaining({ code: 'agenda.notAllowed' });
    expect(() => acceptProposal(proposed, 'employee', innovation.id, at(2))).toThrow(refused);
    expect(() => removeTopic(proposed, 'employee', topicId('flex.trivsel'), at(2))).toThrow(refused);
    expect(() => moveTopic(proposed, 'employee', topicId('flex.trivsel'), 0, at(2))).toThrow(refused);
    const leaderAdded = addTopic(proposed, 'leader', concept.optionalTopics[0]!, at(2));
    expect(() => declineProposal(leaderAdded, 'employee', concept.optionalTopics[0]!.id, at(3))).toThrow(
      expect.objectContaining({ code: 'agenda.notProposed' }),
    );
  });

  it('lets the leader decline and the employee withdraw a proposal', () => {
    const proposed = addTopic(createAgenda(convId, concept, at()), 'employee', innovation, at(1));
    expect(titles(declineProposal(proposed, 'leader', innovation.id, at(2)))).not.toContain('Innovation');
    expect(titles(declineProposal(proposed, 'employee', innovation.id, at(2)))).not.toContain('Innovation');
    expect(() =>
      acceptProposal(createAgenda(convId, concept, at()), 'leader', topicId('flex.trivsel'), at(1)),
    ).toThrow(expect.objectContaining({ code: 'agenda.notProposed' }));
  });

  it('refuses duplicates, unknown topics and removing the goals topic', () => {
    const agenda = createAgenda(convId, concept, at());
    expect(() => addTopic(agenda, 'leader', concept.topics[1]!, at(1))).toThrow(
      expect.objectContaining({ code: 'agenda.duplicateTopic' }),
    );
    const secondGoals = { ...concept.topics.at(-1)!, id: topicId('other-goals') };
    expect(() => addTopic(agenda, 'leader', secondGoals, at(1))).toThrow(
      expect.objectContaining({ code: 'agenda.duplicateTopic' }),
    );
    expect(() => removeTopic(agenda, 'leader', goalsId, at(1))).toThrow(
      expect.objectContaining({ code: 'agenda.goalsTopicRequired' }),
    );
    expect(() => removeTopic(agenda, 'leader', topicId('nope'), at(1))).toThrow(
      expect.objectContaining({ code: 'agenda.unknownTopic' }),
    );
  });

  it('is agreed when both have agreed with no pending proposals; any change clears the agreement', () => {
    let agenda = createAgenda(convId, concept, at());
    agenda = agreeAgenda(agenda, 'leader', at(1));
    expect(isAgendaAgreed(agenda)).toBe(false);
    agenda = agreeAgenda(agenda, 'employee', at(2));
    expect(isAgendaAgreed(agenda)).toBe(true);
    const proposed = addTopic(agenda, 'employee', innovation, at(3));
    expect(proposed.agreement).toEqual({ leader: null, employee: null });
    expect(() => agreeAgenda(proposed, 'leader', at(4))).toThrow(
      expect.objectContaining({ code: 'agenda.pendingProposals' }),
    );
  });

  it('keeps the goals topic last when the leader moves it to the top', () => {
    const agenda = moveTopic(createAgenda(convId, concept, at()), 'leader', goalsId, 0, at(1));
    expect(agenda.items.at(-1)?.topic.id).toBe(goalsId);
    const trivselFirst = moveTopic(agenda, 'leader', topicId('flex.trivsel'), 0, at(2));
    expect(titles(trivselFirst)[0]).toBe('Trivsel');
  });

  it('holds the ordering rule after any sequence of operations (property)', () => {
    const candidates = [
      ...concept.topics,
      ...concept.optionalTopics,
      createOwnTopic({ id: topicId('own.a'), title: 'Eget emne A' }),
      createOwnTopic({ id: topicId('own.b'), title: 'Eget emne B' }),
    ];
    const party = fc.constantFrom<Party>('leader', 'employee');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        party,
        topic: fc.integer({ min: 0, max: candidates.length - 1 }),
      }),
      fc.record({
        kind: fc.constant('accept' as const),
        topic: fc.integer({ min: 0, max: candidates.length - 1 }),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        topic: fc.integer({ min: 0, max: candidates.length - 1 }),
      }),
      fc.record({
        kind: fc.constant('move' as const),
        topic: fc.integer({ min: 0, max: candidates.length - 1 }),
        to: fc.integer({ min: -2, max: 15 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let agenda = createAgenda(convId, concept, at());
        for (const o of ops) {
          const topic = candidates[o.topic]!;
          try {
            if (o.kind === 'add') agenda = addTopic(agenda, o.party, topic, at(1));
            if (o.kind === 'accept') agenda = acceptProposal(agenda, 'leader', topic.id, at(1));
            if (o.kind === 'remove') agenda = removeTopic(agenda, 'leader', topic.id, at(1));
            if (o.kind === 'move') agenda = moveTopic(agenda, 'leader', topic.id, o.to, at(1));
          } catch {
            // refused operations leave the agenda unchanged
          }
          expect(followsOrderingRule(agenda.items.map((i) => i.topic))).toBe(true);
          expect(agenda.items.at(-1)?.topic.id).toBe(goalsId);
          expect(new Set(agenda.items.map((i) => i.topic.id)).size).toBe(agenda.items.length);
        }
      }),
    );
  });
});
