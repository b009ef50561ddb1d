/**
 * The words of the booking in both languages: the invitation (subject, agenda heading, the link that opens the
 * conversation in Teams), the activity notification, and the job's failure codes as the planner shows them.
 */
export type Language = 'da' | 'en';

/** A user's language from Graph's `preferredLanguage` (`da-DK`, `en-GB`, …); Danish unless it says English. */
export const languageOf = (preferred: string | null | undefined): Language =>
  preferred?.toLowerCase().startsWith('en') ? 'en' : 'da';

const DATE_FORMAT: Intl.DateTimeFormatOptions = {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
};

export const BOOKING_TEXTS = {
  da: {
    subject: (leader: string, employee: string) => `MUS-samtale: ${employee} og ${leader}`,
    followUpSubject: (leader: string, employee: string) => `MUS-opfølgning: ${employee} og ${leader}`,
    groupSubject: (leader: string, members: readonly string[]) =>
      `GRUS (gruppesamtale): ${members.join(', ')} og ${leader}`,
    heading: 'Dagsorden',
    note: 'Forbered dig på emnerne i MUS-appen i Teams. Dine svar ses først af din leder, når I begge har indsendt.',
    link: 'Åbn samtalen i Teams',
    booked: (start: Date) => `Din MUS-samtale er booket ${start.toLocaleString('da-DK', DATE_FORMAT)}`,
    followUpBooked: (start: Date) =>
      `Din MUS-opfølgning er booket ${start.toLocaleString('da-DK', DATE_FORMAT)}`,
  },
  en: {
    subject: (leader: string, employee: string) =>
      `Development conversation (MUS): ${employee} and ${leader}`,
    followUpSubject: (leader: string, employee: string) =>
      `Development conversation follow-up (MUS): ${employee} and ${leader}`,
    groupSubject: (leader: string, members: readonly string[]) =>
      `Group development conversation (GRUS): ${members.join(', ')} and ${leader}`,
    heading: 'Agenda',
    note: 'Prepare the topics in the MUS app in Teams. Your leader sees your answers only when you both have submitted.',
    link: 'Open the conversation in Teams',
    booked: (start: Date) =>
      `Your development conversation is booked for ${start.toLocaleString('en-GB', DATE_FORMAT)}`,
    followUpBooked: (start: Date) =>
      `Your development conversation follow-up is booked for ${start.toLocaleString('en-GB', DATE_FORMAT)}`,
  },
} as const;

/** Why a conversation was not booked (or booked with something missing), as `round.booking.failures` says. */
export const FAILURE_TEXTS = {
  sign_in_again: {
    da: 'Din adgang til kalenderen er udløbet. Log ind igen, og prøv igen.',
    en: 'Your access to the calendar has expired. Sign in again and retry.',
  },
  meeting_not_created: {
    da: 'Mødet kunne ikke oprettes i kalenderen. Prøv igen.',
    en: 'The meeting could not be created in the calendar. Retry.',
  },
  chat_not_found: {
    da: 'Mødet er oprettet, men dets chat blev ikke fundet; MUS-fanen mangler i mødet.',
    en: 'The meeting was created but its chat was not found; the MUS tab is missing in the meeting.',
  },
  app_not_installed: {
    da: 'Mødet er oprettet, men MUS-fanen kunne ikke tilføjes.',
    en: 'The meeting was created but the MUS tab could not be added.',
  },
  not_notified: {
    da: 'Mødet er oprettet, men medarbejderen fik ingen besked i Teams.',
    en: 'The meeting was created but the employee got no Teams notification.',
  },
  not_bookable: {
    da: 'Samtalen kan ikke bookes i sin nuværende tilstand.',
    en: 'The conversation cannot be booked in its current state.',
  },
  unknown_employee: {
    da: 'Medarbejderen findes ikke blandt dine medarbejdere.',
    en: 'The employee is not one of your direct reports.',
  },
  job_failed: {
    da: 'Bookingen stoppede uventet. Prøv igen.',
    en: 'The booking stopped unexpectedly. Retry.',
  },
} as const;
export type FailureCode = keyof typeof FAILURE_TEXTS;
