import { topicId } from '../../src/domain/ids';
import {
  createPreparation,
  isPreparationVisibleTo,
  PreparationSchema,
  submitPreparation,
  writePreparation,
} from '../../src/domain/preparation';
import { at, convId, employee, leader, stranger } from './fixtures';

const trivsel = topicId('flex.trivsel');

describe('preparation', () => {
  const prep = () =>
    createPreparation({ conversationId: convId, side: 'employee', authorId: employee, at: at() });

  it('holds text per topic, is frozen when submitted, and only its author writes it', () => {
    let p = writePreparation(prep(), employee, trivsel, 'Gode dage: når vi løser noget sammen.', at(1));
    p = writePreparation(p, employee, trivsel, 'Gode dage: fælles opgaver.', at(2));
    expect(p.answers).toEqual([{ topicId: trivsel, text: 'Gode dage: fælles opgaver.' }]);
    expect(() => writePreparation(p, leader, trivsel, 'x', at(3))).toThrow(
      expect.objectContaining({ code: 'preparation.wrongAuthor' }),
    );
    const submitted = submitPreparation(p, employee, at(4));
    expect(() => writePreparation(submitted, employee, trivsel, 'x', at(5))).toThrow(
      expect.objectContaining({ code: 'preparation.submitted' }),
    );
    expect(() => writePreparation(p, employee, trivsel, 'x'.repeat(20_001), at(5))).toThrow(
      expect.objectContaining({ code: 'notes.tooLong' }),
    );
    expect(PreparationSchema.parse(JSON.parse(JSON.stringify(submitted)))).toEqual(submitted);
  });

  it('is shown to the other side only once submitted, and then when both submitted or the meeting started', () => {
    const submitted = submitPreparation(prep(), employee, at(1));
    const asLeader = { party: 'leader' as const, personId: leader };
    expect(
      isPreparationVisibleTo(
        submitted,
        { party: 'employee', personId: employee },
        { otherSideSubmitted: false, meetingStarted: false },
      ),
    ).toBe(true);
    expect(
      isPreparationVisibleTo(submitted, asLeader, { otherSideSubmitted: false, meetingStarted: false }),
    ).toBe(false);
    expect(
      isPreparationVisibleTo(submitted, asLeader, { otherSideSubmitted: true, meetingStarted: false }),
    ).toBe(true);
    expect(
      isPreparationVisibleTo(prep(), asLeader, { otherSideSubmitted: true, meetingStarted: false }),
    ).toBe(false);
    expect(
      isPreparationVisibleTo(submitted, asLeader, { otherSideSubmitted: false, meetingStarted: true }),
    ).toBe(true);
    // A draft is never shown to the other side, not even once the meeting has started.
    for (const context of [
      { otherSideSubmitted: false, meetingStarted: true },
      { otherSideSubmitted: true, meetingStarted: true },
    ])
      expect(isPreparationVisibleTo(prep(), asLeader, context)).toBe(false);
    expect(
      isPreparationVisibleTo(
        submitted,
        { party: undefined, personId: stranger },
        { otherSideSubmitted: true, meetingStarted: true },
      ),
    ).toBe(false);
  });
});
