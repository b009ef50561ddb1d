import {
  addOwnTopic,
  checkEdit,
  isIncluded,
  previewOf,
  setQuestions,
  toggleTopic,
  topicsOf,
  type ConceptTarget,
  type DraftEdit,
} from '../../src/application/concepts/conceptAdmin';

const target: ConceptTarget = {
  template: 'flexible',
  year: 2027,
  scope: { level: 'organisation', id: 'organisation' },
};
const empty: DraftEdit = {
  durationMinutes: 60,
  chosenOptionalTopicIds: [],
  omittedBasisTopicIds: [],
  ownTopics: [],
  questions: {},
};
const at = new Date('2026-12-02T08:00:00Z');
const titles = (edit: DraftEdit) =>
  (previewOf(target, edit, at) as { agenda: { topic: { title: { da: string } } }[] }).agenda.map(
    (i) => i.topic.title.da,
  );
const topic = (edit: DraftEdit, da: string) =>
  topicsOf(edit, 'flexible').find((t) => t.title.da.startsWith(da))!;

describe('HR’s edit of a concept draft', () => {
  it('takes basis topics out and optional ones in, never the goals topic; own topics go before it', () => {
    let edit = toggleTopic(empty, topic(empty, 'Samarbejde'));
    edit = toggleTopic(edit, topic(edit, 'Mobilitet'));
    edit = toggleTopic(edit, topic(edit, 'Udviklingsmål'));
    edit = addOwnTopic(edit, 'own.1', { da: 'Arbejdsmiljø', en: 'Working environment' });
    expect(isIncluded(edit, topic(edit, 'Samarbejde'))).toBe(false);
    expect(isIncluded(edit, topic(edit, 'Udviklingsmål'))).toBe(true);
    expect(titles(edit).slice(-3)).toEqual([
      'Mobilitet',
      'Arbejdsmiljø',
      'Udviklingsmål og udviklingsaktiviteter',
    ]);
    expect(titles(edit)).not.toContain('Samarbejde');
    expect(titles(toggleTopic(edit, topic(edit, 'Arbejdsmiljø')))).not.toContain('Arbejdsmiljø');
  });

  it('rewrites the questions of a template topic and of an own topic, both shown in the preview', () => {
    const question = { da: 'Hvordan har du det?', en: 'How are you?' };
    let edit = addOwnTopic(empty, 'own.1', { da: 'Arbejdsmiljø', en: 'Working environment' });
    edit = setQuestions(edit, 'flex.trivsel', [question]);
    edit = setQuestions(edit, 'own.1', [question, question]);
    const preview = previewOf(target, edit, at);
    if (!preview.ok) throw new Error(preview.code);
    const byTitle = new Map(preview.agenda.map((i) => [i.topic.title.da, i.topic.questions]));
    expect(byTitle.get('Trivsel')).toEqual([question]);
    expect(byTitle.get('Arbejdsmiljø')).toEqual([question, question]);
  });

  it('says what to fix: an empty title or question in either language, too many topics', () => {
    const half = addOwnTopic(empty, 'own.1', { da: 'Arbejdsmiljø', en: ' ' });
    expect(checkEdit(half, 'flexible')).toBe('titleEmpty');
    expect(checkEdit(setQuestions(empty, 'flex.trivsel', [{ da: 'Hvad?', en: '' }]), 'flexible')).toBe(
      'questionEmpty',
    );
    const many = Array.from({ length: 22 }, (_, i) => i).reduce(
      (e, i) => addOwnTopic(e, `own.${i}`, { da: `Emne ${i}`, en: `Topic ${i}` }),
      empty,
    );
    expect(checkEdit(many, 'flexible')).toBe('tooManyTopics');
    expect(previewOf(target, many, at)).toEqual({ ok: false, code: 'concept.tooManyTopics' });
    expect(checkEdit(empty, 'flexible')).toBeUndefined();
  });
});
