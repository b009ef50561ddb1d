import {
  agreeGoal,
  createGoal,
  DevelopmentGoalSchema,
  editGoal,
  goalsDueForFollowUp,
  isGoalAgreed,
  recordFollowUp,
  setActivityDone,
} from '../../src/domain/goal';
import { goalId } from '../../src/domain/ids';
import { at, convId, employee, leader } from './fixtures';

const base = {
  id: goalId('g1'),
  conversationId: convId,
  employeeId: employee,
  goal: '  Blive tryg ved at facilitere workshops ',
  activities: ['Kursus i facilitering', 'Facilitere to teammøder'],
  deadline: '2025-10-01',
  responsible: 'employee' as const,
  at: at(),
};

describe('a development goal', () => {
  it('is created with its activities, deadline and responsible, not yet agreed', () => {
    const goal = createGoal(base);
    expect(goal.goal).toBe('Blive tryg ved at facilitere workshops');
    expect(goal.activities).toEqual([
      { description: 'Kursus i facilitering', done: false },
      { description: 'Facilitere to teammøder', done: false },
    ]);
    expect(goal.status).toBe('notStarted');
    expect(isGoalAgreed(goal)).toBe(false);
    expect(DevelopmentGoalSchema.parse(JSON.parse(JSON.stringify(goal)))).toEqual(goal);
  });

  it('is agreed in writing by both, each agreement recorded with its time', () => {
    const goal = agreeGoal(agreeGoal(createGoal(base), 'employee', at(5)), 'leader', at(6));
    expect(goal.agreement).toEqual({ employee: at(5).toISOString(), leader: at(6).toISOString() });
    expect(isGoalAgreed(goal)).toBe(true);
    expect(isGoalAgreed(agreeGoal(createGoal(base), 'employee', at(5)))).toBe(false);
    expect(() => agreeGoal(goal, 'leader', at(7))).toThrow(
      expect.objectContaining({ code: 'goal.alreadyAgreed' }),
    );
  });

  it('loses both agreements when what was agreed is edited, but not when nothing changes', () => {
    const agreed = agreeGoal(agreeGoal(createGoal(base), 'employee', at(5)), 'leader', at(6));
    const edited = editGoal(agreed, { deadline: '2025-12-01' }, at(7));
    expect(edited.agreement).toEqual({ leader: null, employee: null });
    expect(edited.deadline).toBe('2025-12-01');
    expect(editGoal(agreed, { goal: 'Blive tryg ved at facilitere workshops' }, at(7))).toBe(agreed);
  });

  it('has an optional category; choosing or clearing it is an edit of what was agreed', () => {
    expect(createGoal(base)).not.toHaveProperty('category');
    const agreed = agreeGoal(agreeGoal(createGoal(base), 'employee', at(5)), 'leader', at(6));
    const chosen = editGoal(agreed, { category: 'professional' }, at(7));
    expect([chosen.category, chosen.agreement]).toEqual(['professional', { leader: null, employee: null }]);
    expect(editGoal(chosen, { category: 'professional' }, at(8))).toBe(chosen);
    const cleared = editGoal(chosen, { category: null }, at(8));
    expect(DevelopmentGoalSchema.parse(JSON.parse(JSON.stringify(cleared)))).not.toHaveProperty('category');
    expect(createGoal({ ...base, category: 'wellbeing' }).category).toBe('wellbeing');
    expect(DevelopmentGoalSchema.safeParse({ ...chosen, category: 'hobby' }).success).toBe(false);
  });

  it('keeps activity progress through an edit of other activities', () => {
    const started = setActivityDone(createGoal(base), 0, true, at(1));
    expect(started.status).toBe('inProgress');
    const edited = editGoal(
      started,
      { activities: ['Kursus i facilitering', 'Facilitere et afdelingsmøde'] },
      at(2),
    );
    expect(edited.activities).toEqual([
      { description: 'Kursus i facilitering', done: true },
      { description: 'Facilitere et afdelingsmøde', done: false },
    ]);
    expect(() => setActivityDone(started, 5, true, at(3))).toThrow(
      expect.objectContaining({ code: 'goal.invalid' }),
    );
  });

  it('refuses an empty goal, an empty activity and a deadline that is not a date', () => {
    const invalid = expect.objectContaining({ code: 'goal.invalid' });
    expect(() => createGoal({ ...base, goal: '  ' })).toThrow(invalid);
    expect(() => createGoal({ ...base, activities: [''] })).toThrow(invalid);
    expect(() => createGoal({ ...base, deadline: '1. oktober' })).toThrow(invalid);
    expect(() => createGoal({ ...base, deadline: '2025-02-30' })).toThrow(invalid);
  });

  it('records follow-ups during the year without touching the agreement', () => {
    const agreed = agreeGoal(agreeGoal(createGoal(base), 'employee', at(5)), 'leader', at(6));
    const followed = recordFollowUp(
      agreed,
      { by: leader, note: 'Kurset er booket.', status: 'inProgress' },
      at(60),
    );
    expect(followed.followUps).toEqual([
      { by: leader, note: 'Kurset er booket.', status: 'inProgress', at: at(60).toISOString() },
    ]);
    expect(followed.status).toBe('inProgress');
    expect(isGoalAgreed(followed)).toBe(true);
    expect(() =>
      recordFollowUp(agreed, { by: leader, note: 'x'.repeat(20_001), status: 'inProgress' }, at(61)),
    ).toThrow(expect.objectContaining({ code: 'goal.invalid' }));
  });

  it('lists open goals due soon or overdue, earliest first', () => {
    const soon = createGoal({ ...base, id: goalId('soon'), deadline: '2025-04-01' });
    const late = createGoal({ ...base, id: goalId('late'), deadline: '2025-12-01' });
    const overdue = createGoal({ ...base, id: goalId('overdue'), deadline: '2025-01-01' });
    const done = recordFollowUp(
      createGoal({ ...base, id: goalId('done'), deadline: '2025-03-01' }),
      { by: employee, note: '', status: 'achieved' },
      at(),
    );
    expect(goalsDueForFollowUp([late, soon, done, overdue], '2025-03-15', 30).map((g) => g.id)).toEqual([
      'overdue',
      'soon',
    ]);
  });
});
