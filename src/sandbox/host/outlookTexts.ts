/** The local Outlook host page's own words, Danish first; the page follows the display language picked. */
import type { PageTexts } from './dom';
import type { HostLocale } from './protocol';

export interface OutlookTexts extends PageTexts {
  readonly appointment: string;
  readonly organizer: string;
  readonly teams: string;
  readonly send: string;
  readonly saved: string;
  readonly sent: string;
  readonly saveFailed: (reason: string) => string;
  readonly subject: string;
  readonly required: string;
  readonly optional: string;
  readonly start: string;
  readonly end: string;
  readonly body: string;
  readonly locale: string;
  readonly reload: string;
  readonly pane: string;
  readonly defaultSubject: string;
  readonly defaultBody: string;
  readonly sandboxDown: (url: string) => string;
}

const da: OutlookTexts = {
  title: 'Lokal Outlook-vært',
  notice: 'Sandkasse: et møde, du arrangerer, med MUS-opgaveruden ved siden af. Ikke Microsoft Outlook.',
  appointment: 'Nyt møde',
  organizer: 'Arrangør',
  teams: 'Teams-møde',
  send: 'Send',
  saved: 'Mødet er gemt i arrangørens kalender.',
  sent: 'Mødet er sendt til deltagerne.',
  saveFailed: (reason) => `Mødet kunne ikke gemmes: ${reason}`,
  subject: 'Emne',
  required: 'Obligatoriske deltagere',
  optional: 'Valgfrie deltagere',
  start: 'Start',
  end: 'Slut',
  body: 'Beskrivelse',
  locale: 'Visningssprog',
  reload: 'Genindlæs opgaveruden',
  pane: 'MUS-runde',
  calls: 'Kald fra tilføjelsesprogrammet',
  defaultSubject: 'MUS-samtale 2026',
  defaultBody: 'Vi tager den årlige udviklingssamtale. Dagsordenen følger.',
  sandboxDown: (url) => `Sandkassen svarer ikke på ${url}; deltagerlisten er tom. Start med npm start.`,
};

const en: OutlookTexts = {
  title: 'Local Outlook host',
  notice: 'Sandbox: a meeting you organise, with the MUS task pane beside it. Not Microsoft Outlook.',
  appointment: 'New meeting',
  organizer: 'Organizer',
  teams: 'Teams meeting',
  send: 'Send',
  saved: 'The meeting is saved in the organizer’s calendar.',
  sent: 'The meeting is sent to the attendees.',
  saveFailed: (reason) => `The meeting could not be saved: ${reason}`,
  subject: 'Subject',
  required: 'Required attendees',
  optional: 'Optional attendees',
  start: 'Start',
  end: 'End',
  body: 'Description',
  locale: 'Display language',
  reload: 'Reload the task pane',
  pane: 'MUS round',
  calls: 'Calls from the add-in',
  defaultSubject: 'MUS conversation 2026',
  defaultBody: 'Our yearly development conversation. The agenda follows.',
  sandboxDown: (url) =>
    `The sandbox does not answer at ${url}; the attendee list is empty. Start with npm start.`,
};

export const outlookTextsFor = (locale: HostLocale): OutlookTexts => (locale === 'en-US' ? en : da);
