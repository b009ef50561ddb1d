import type { afterDa } from './afterDa';

type Texts = { [S in keyof typeof afterDa]: { [K in keyof (typeof afterDa)[S]]: string } };

/** English texts of what comes after the conversation: MUS-testen, evaluation, follow-up. */
export const afterEn: Texts = {
  musTest: {
    tab: 'MUS-testen',
    loading: 'Loading MUS-testen …',
    title: 'MUS-testen. For you as a leader',
    intro:
      'How well does your MUS work? Answer from how you experience it: for each statement, choose the answer that matches your experience.',
    forRound: 'For the round {{round}} ({{year}}).',
    formLabel: 'MUS-testen for {{round}} ({{year}})',
    answerThis: 'Choose an answer.',
    missing_one: 'Answer every statement: {{count}} is missing.',
    missing_other: 'Answer every statement: {{count}} are missing.',
    submit: 'See my result',
    noRound: 'MUS-testen belongs to a MUS round. Plan your round under MUS rounds first.',
    allAnswered:
      'You have taken MUS-testen for your latest round. Next year you take it again for the next round.',
    results: 'Your results',
    history: 'Results year by year',
    yearLabel: 'Result {{year}}',
    yearTotal: '{{year}}: {{score}} of {{max}} points',
    tableCaption: 'Crosses in each answer column and points ({{year}})',
    section: 'Section',
    points: 'Points',
    total: 'Total',
    ofMax: '{{score}} of {{max}}',
  },
  followUp: {
    tab: 'Follow-up',
    loading: 'Loading the follow-up …',
    leaderTitle: 'Follow-up',
    noneLeader:
      'Once a conversation is held, you evaluate it here and follow up your goals through the year.',
    withEmployee: 'MUS with {{name}} {{date}}',
    withLeader: 'Your MUS with {{name}} {{date}}',
  },
  evaluation: {
    title: 'Evaluation of the conversation',
    rating: 'How was the conversation for you?',
    ratingMissing: 'Choose a rating from 1 to 5.',
    r1: '1 Poor',
    r2: '2',
    r3: '3',
    r4: '4',
    r5: '5 Very good',
    comment: 'Comment (optional)',
    send: 'Send evaluation',
    thanks: 'Thank you for your evaluation. It counts only anonymously, in figures for 5 or more people.',
  },
  goals: {
    title: 'My goals',
    leaderTitle: 'Goals',
    none: 'No open goals.',
    listLabel: 'Open goals ({{name}})',
    deadline: 'Deadline {{date}}',
    activities: 'Activities for {{goal}}',
    done: '{{activity}} (done)',
    notes: 'Follow-up on {{goal}}',
    followUpLabel: 'Follow up on {{goal}}',
    statusLabel: 'Status',
    note: 'Note',
    save: 'Save follow-up',
    saved: 'The follow-up is saved.',
    st_notStarted: 'Not started',
    st_inProgress: 'In progress',
    st_achieved: 'Achieved',
    st_dropped: 'Dropped',
  },
};
