/** The host page's own words, Danish first; the page follows the locale picked for the app. */
import type { HostLocale, HostTheme, Surface } from './protocol';
import type { PageTexts } from './dom';
import type { DemoRole } from './sandboxApi';

export interface HostTexts extends PageTexts {
  readonly user: string;
  readonly surface: string;
  /** The meeting picker: the user's Teams meetings from their calendar. */
  readonly meeting: string;
  readonly demoMeeting: string;
  readonly otherMeeting: (chatId: string) => string;
  readonly withoutMus: string;
  readonly locale: string;
  readonly theme: string;
  readonly surfaces: Record<Surface, string>;
  readonly themes: Record<HostTheme, string>;
  readonly roles: Record<DemoRole, string>;
  readonly frameTitle: string;
  readonly meetingArea: string;
  readonly noAnswer: string;
  readonly signingIn: string;
  readonly signedIn: (name: string) => string;
  readonly sandboxDown: (url: string) => string;
  /** The configuration dialog's Save button, and what became of it. */
  readonly save: string;
  readonly saved: (url: string) => string;
  readonly saveFailed: (reason: string) => string;
}

const da: HostTexts = {
  title: 'Lokal Teams-vært',
  notice: 'Sandkasse: MUS vises, som Teams ville vise den, med demobrugere. Ikke Microsoft Teams.',
  user: 'Bruger',
  surface: 'Visning',
  meeting: 'Møde',
  demoMeeting: 'Demomøde uden samtale',
  otherMeeting: (chatId) => `Møde ${chatId}`,
  withoutMus: 'uden MUS-fane',
  locale: 'Sprog',
  theme: 'Tema',
  surfaces: {
    content: 'Personlig fane',
    settings: 'Møde: tilføj MUS-fanen',
    sidePanel: 'Møde: sidepanel',
    meetingStage: 'Møde: mødescene',
  },
  themes: { default: 'Lyst', dark: 'Mørkt', contrast: 'Høj kontrast' },
  roles: { leader: 'Ledere', employee: 'Medarbejdere', hr: 'HR', director: 'Direktion' },
  frameTitle: 'MUS i den lokale Teams-vært',
  meetingArea: 'Mødet (video og deltagere vises her i Teams)',
  calls: 'Kald fra appen',
  noAnswer: 'intet svar',
  signingIn: 'Logger ind …',
  signedIn: (name) => `Logget ind som ${name}`,
  sandboxDown: (url) => `Sandkassen svarer ikke på ${url}. Kører npm start?`,
  save: 'Gem',
  saved: (url) => `Fanen er gemt og viser ${url}`,
  saveFailed: (reason) => `Fanen blev ikke gemt: ${reason}`,
};

const en: HostTexts = {
  title: 'Local Teams host',
  notice: 'Sandbox: MUS shown as Teams would show it, with demo users. Not Microsoft Teams.',
  user: 'User',
  surface: 'View',
  meeting: 'Meeting',
  demoMeeting: 'Demo meeting without a conversation',
  otherMeeting: (chatId) => `Meeting ${chatId}`,
  withoutMus: 'no MUS tab',
  locale: 'Language',
  theme: 'Theme',
  surfaces: {
    content: 'Personal tab',
    settings: 'Meeting: add the MUS tab',
    sidePanel: 'Meeting: side panel',
    meetingStage: 'Meeting: stage',
  },
  themes: { default: 'Light', dark: 'Dark', contrast: 'High contrast' },
  roles: { leader: 'Leaders', employee: 'Employees', hr: 'HR', director: 'Executive' },
  frameTitle: 'MUS in the local Teams host',
  meetingArea: 'The meeting (video and participants appear here in Teams)',
  calls: 'Calls from the app',
  noAnswer: 'no answer',
  signingIn: 'Signing in …',
  signedIn: (name) => `Signed in as ${name}`,
  sandboxDown: (url) => `The sandbox does not answer at ${url}. Is npm start running?`,
  save: 'Save',
  saved: (url) => `The tab is saved and shows ${url}`,
  saveFailed: (reason) => `The tab was not saved: ${reason}`,
};

export function textsFor(locale: HostLocale): HostTexts {
  return locale === 'en-US' ? en : da;
}
