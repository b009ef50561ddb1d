import { topicId } from '../../src/domain/ids';
import { SharedNoteSchema, writeSharedNote } from '../../src/domain/notes';
import { at, convId, employee } from './fixtures';

const trivsel = topicId('flex.trivsel');

describe('a shared note', () => {
  it('is one topic’s text with who wrote it and when, and survives a round trip through storage', () => {
    const note = writeSharedNote({
      conversationId: convId,
      topicId: trivsel,
      text: 'Godt år',
      by: employee,
      at: at(2),
    });
    expect(note).toMatchObject({
      topicId: trivsel,
      text: 'Godt år',
      updatedBy: employee,
      updatedAt: at(2).toISOString(),
    });
    expect(SharedNoteSchema.parse(JSON.parse(JSON.stringify(note)))).toEqual(note);
  });

  it('refuses a text over the limit', () => {
    expect(() =>
      writeSharedNote({
        conversationId: convId,
        topicId: trivsel,
        text: 'x'.repeat(20_001),
        by: employee,
        at: at(),
      }),
    ).toThrow(expect.objectContaining({ code: 'notes.tooLong' }));
  });
});
