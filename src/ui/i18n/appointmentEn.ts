import type { Translated } from './da';
import type { appointmentDa } from './appointmentDa';

/** English texts of the Outlook task pane's booking (the same keys as `appointmentDa.ts`). */
export const appointmentEn: Translated<typeof appointmentDa> = {
  appointment: {
    employeeTitle: 'Employee',
    employeeIntro: 'Choose the employee you hold the MUS conversation with. Invited people come first.',
    invited: 'Invited',
    notInvited: 'Will be invited',
    noReports: 'You have no employees to hold MUS with.',
    write: 'Write the agenda into the meeting',
    writing: 'Writing into the meeting …',
    linked:
      'The conversation with {{name}} is booked for {{time}}. The agenda is in the meeting, and the employee got a Teams notification.',
    written:
      'The agenda for {{name}} is in the meeting, and the conversation is created. Send the meeting: it then becomes the conversation’s meeting.',
    checkAgain: 'Check again',
    outlookFailed: 'Outlook could not change the meeting (step: {{step}}). Try again.',
    openPlanner: 'Open the round planner',
    plannerIntro: 'Booking the whole round? The round planner in Teams finds times for all your employees.',
  },
};
