import type { hrDa } from './hrDa';

/** English texts of HR's overview in the personal tab: the same keys as the Danish. */
export const hrEn: { hr: Record<keyof (typeof hrDa)['hr'], string> } = {
  hr: {
    tab: 'HR overview',
    loading: 'Loading the overview …',
    locale: 'en-GB',
    coverageTitle: 'The MUS rounds per leader',
    privacy:
      'You see counts, never one person’s conversation. Evaluations and MUS-testen are shown only for 5 or more people together.',
    noRounds: 'There are no MUS rounds yet.',
    caption: 'Conversations per leader and round by stage',
    leader: 'Leader and round',
    col_conversations: 'Conversations',
    col_notBooked: 'Not booked',
    col_booked: 'Booked',
    col_held: 'Held',
    col_signed: 'Signed',
    col_withPlan: 'With a development plan',
    col_overdue: 'Overdue',
    employeeEvaluations: 'Employees’ evaluation',
    open: 'Show the rounds of {{name}}',
    close: 'Hide the rounds of {{name}}',
    roundName: '{{title}} ({{year}}, ends {{end}})',
    overdueNote_one: '{{count}} conversation is not signed although the round has ended.',
    overdueNote_other: '{{count}} conversations are not signed although the round has ended.',
    musTestTitle: 'MUS-testen (leaders)',
    leaders: 'Leaders',
    averageTotal: 'Average total',
    ofHundred: '{{value}} of 100 points',
    leaderEvaluationsTitle: 'The leaders’ evaluation of the conversations',
    average_one: '{{value}} of 5 ({{count}} person)',
    average_other: '{{value}} of 5 ({{count}} people)',
    hidden: 'Shown only for groups of 5 or more people.',
    under5: 'Under 5 people',
  },
};
