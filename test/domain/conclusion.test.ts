import {
  amendConclusion,
  ConclusionSchema,
  createConclusion,
  currentVersion,
  isConclusionLocked,
  setConclusionGoals,
  setFollowUpDate,
  signConclusion,
  signedVersion,
  writeSummary,
} from '../../src/domain/conclusion';
import { createGoal } from '../../src/domain/goal';
import { goalId, topicId } from '../../src/domain/ids';
import { at, concept, convId, employee, leader, stranger } from './fixtures';

const trivsel = topicId('flex.trivsel');
const fresh = () =>
  createConclusion({
    conversationId: convId,
    leaderId: leader,
    employeeId: employee,
    topics: concept.topics,
    at: at(),
  });
const goal = createGoal({
  id: goalId('g1'),
  conversationId: convId,
  employeeId: employee,
  goal: 'Lære Power BI',
  activities: ['Kursus'],
  deadline: '2025-09-01',
  responsible: 'both',
  at: at(),
});
const signedByBoth = () => {
  const c = setConclusionGoals(writeSummary(fresh(), trivsel, 'Trives godt.', at(1)), [goal], at(2));
  return signConclusion(signConclusion(c, 'employee', employee, at(3)), 'leader', leader, at(4));
};

describe('the joint conclusion form', () => {
  it('has a summary per topic and a snapshot of the goals', () => {
    const c = setConclusionGoals(writeSummary(fresh(), trivsel, 'Trives godt.', at(1)), [goal], at(2));
    const v = currentVersion(c);
    expect(v.summaries.map((s) => s.title.da)).toEqual(concept.topics.map((t) => t.title.da));
    expect(v.summaries.find((s) => s.topicId === trivsel)?.summary).toBe('Trives godt.');
    expect(v.goals).toEqual([
      {
        goalId: 'g1',
        goal: 'Lære Power BI',
        activities: ['Kursus'],
        deadline: '2025-09-01',
        responsible: 'both',
      },
    ]);
    expect(ConclusionSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('is locked when both have signed, each signature with its time, and then refuses edits', () => {
    const c = signedByBoth();
    expect(isConclusionLocked(c)).toBe(true);
    expect(currentVersion(c).signatures).toEqual({
      employee: { personId: employee, at: at(3).toISOString() },
      leader: { personId: leader, at: at(4).toISOString() },
    });
    const locked = expect.objectContaining({ code: 'conclusion.locked' });
    expect(() => writeSummary(c, trivsel, 'Ændret', at(5))).toThrow(locked);
    expect(() => setConclusionGoals(c, [], at(5))).toThrow(locked);
    expect(() => signConclusion(c, 'leader', leader, at(5))).toThrow(locked);
  });

  it('drops a one-sided signature when the content changes after it', () => {
    const once = signConclusion(
      writeSummary(fresh(), trivsel, 'Trives.', at(1)),
      'employee',
      employee,
      at(2),
    );
    expect(() => signConclusion(once, 'employee', employee, at(3))).toThrow(
      expect.objectContaining({ code: 'conclusion.alreadySigned' }),
    );
    const changed = writeSummary(once, trivsel, 'Trives rigtig godt.', at(3));
    expect(currentVersion(changed).signatures.employee).toBeNull();
  });

  it('refuses the wrong signer, an empty form and an unknown topic', () => {
    expect(() => signConclusion(fresh(), 'employee', employee, at(1))).toThrow(
      expect.objectContaining({ code: 'conclusion.empty' }),
    );
    const written = writeSummary(fresh(), trivsel, 'Tekst', at(1));
    expect(() => signConclusion(written, 'leader', stranger, at(2))).toThrow(
      expect.objectContaining({ code: 'conclusion.wrongSigner' }),
    );
    expect(() => signConclusion(written, 'employee', leader, at(2))).toThrow(
      expect.objectContaining({ code: 'conclusion.wrongSigner' }),
    );
    expect(() => writeSummary(fresh(), topicId('nope'), 'x', at(1))).toThrow(
      expect.objectContaining({ code: 'conclusion.unknownTopic' }),
    );
    expect(() => writeSummary(fresh(), trivsel, 'x'.repeat(20_001), at(1))).toThrow(
      expect.objectContaining({ code: 'notes.tooLong' }),
    );
  });

  it('is amended as a new version that needs both signatures again; earlier versions are kept', () => {
    expect(() => amendConclusion(fresh(), 'x', at(1))).toThrow(
      expect.objectContaining({ code: 'conclusion.notLocked' }),
    );
    const amended = amendConclusion(signedByBoth(), 'Nyt mål tilføjet', at(10));
    expect(amended.versions).toHaveLength(2);
    expect(isConclusionLocked(amended)).toBe(false);
    expect(currentVersion(amended)).toMatchObject({
      version: 2,
      amendmentReason: 'Nyt mål tilføjet',
      signatures: { leader: null, employee: null },
    });
    expect(signedVersion(amended)?.version).toBe(1);
    const edited = writeSummary(amended, trivsel, 'Trives, og har fået nyt mål.', at(11));
    expect(amended.versions[0]?.summaries.find((s) => s.topicId === trivsel)?.summary).toBe('Trives godt.');
    const resigned = signConclusion(
      signConclusion(edited, 'leader', leader, at(12)),
      'employee',
      employee,
      at(13),
    );
    expect(signedVersion(resigned)?.version).toBe(2);
    expect(amendConclusion(resigned, '  ', at(14)).versions.at(-1)?.amendmentReason).toBeNull();
  });

  it('keeps the follow-up date and each signer’s name; a new date after one signed drops that signature', () => {
    const dated = setFollowUpDate(writeSummary(fresh(), trivsel, 'Trives godt.', at(1)), '2026-01-15', at(2));
    const one = signConclusion(dated, 'employee', employee, at(3), 'Søren Ærø');
    expect(currentVersion(one)).toMatchObject({
      followUpDate: '2026-01-15',
      signatures: { employee: { personId: employee, name: 'Søren Ærø' }, leader: null },
    });
    const moved = setFollowUpDate(one, '2026-02-01', at(4));
    expect(currentVersion(moved)).toMatchObject({
      followUpDate: '2026-02-01',
      signatures: { employee: null, leader: null },
    });
    expect(ConclusionSchema.parse(JSON.parse(JSON.stringify(moved)))).toEqual(moved);
  });
});
