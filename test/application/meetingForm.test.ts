import { meetingMinutes, meetingTopics, runsLong } from '../../src/application/meeting/meetingForm';
import { goalContent, goalDraftProblem } from '../../src/application/meeting/goals';
import { inMemoryMeeting } from '../ui/support/inMemoryMeeting';

describe('the meeting form', () => {
  it('gives each agreed topic an even share of the booked hour, in agenda order, goals last', async () => {
    const meeting = await inMemoryMeeting();
    const conversation = meeting.service.conversations.get(meeting.conversationId)!.value;
    const topics = meetingTopics(conversation, undefined);
    expect(meetingMinutes(conversation)).toBe(60);
    expect(topics.map((t) => t.plannedMinutes)).toEqual(topics.map(() => Math.floor(60 / topics.length)));
    expect(topics.at(-1)?.isGoals).toBe(true);
    expect(topics.every((t) => t.theirPreparation === null && t.myPreparation === '')).toBe(true);
  });

  it('says a topic runs long only past its planned minutes', () => {
    expect(runsLong({ plannedMinutes: 10 }, 10 * 60_000)).toBe(false);
    expect(runsLong({ plannedMinutes: 10 }, 10 * 60_000 + 1)).toBe(true);
  });

  it('refuses a goal without text or deadline, and takes activities one a line', () => {
    const draft = {
      goal: ' Lære Power BI ',
      activities: 'Kursus\n\n Sidemand ',
      deadline: '',
      responsible: 'both' as const,
    };
    expect(goalDraftProblem({ ...draft, goal: '  ' })).toBe('goalMissing');
    expect(goalDraftProblem(draft)).toBe('deadlineMissing');
    expect(goalDraftProblem({ ...draft, deadline: '2027-06-30' })).toBeUndefined();
    expect(goalContent({ ...draft, deadline: '2027-06-30' })).toEqual({
      goal: 'Lære Power BI',
      activities: ['Kursus', 'Sidemand'],
      deadline: '2027-06-30',
      responsible: 'both',
    });
  });
});
