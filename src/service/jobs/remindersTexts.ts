/** The reminders' words in both languages: the Teams activity's preview text per kind. */
import type { LocalizedText } from '../../domain';
import type { Language } from './texts';
import type { ReminderKind } from './remindersDue';

const day = (date: string, language: Language) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });

export const REMINDER_TEXTS: Record<Language, Record<ReminderKind, (about: string) => string>> = {
  da: {
    goalDeadline: (goal) => `Fristen for målet "${goal}" nærmer sig. Følg op på det i MUS.`,
    checkInDue: (date) => `Det er tid til jeres MUS-opfølgning (${day(date, 'da')}). Book den fra jeres mål.`,
    signed: (name) =>
      `${name || 'Den anden part'} har underskrevet konklusionen. Nu mangler din underskrift.`,
    topicProposed: (topic) => `Din medarbejder har foreslået emnet "${topic}" til MUS-samtalen.`,
  },
  en: {
    goalDeadline: (goal) => `The deadline of the goal "${goal}" is near. Follow it up in MUS.`,
    checkInDue: (date) => `It is time for your MUS check-in (${day(date, 'en')}). Book it from your goals.`,
    signed: (name) => `${name || 'The other party'} has signed the conclusion. Your signature is missing.`,
    topicProposed: (topic) => `Your employee proposed the topic "${topic}" for the MUS conversation.`,
  },
};

/** The manifest's activity type of each kind (`manifest/manifest.json`, `activities.activityTypes`). */
export const ACTIVITY_TYPES: Record<ReminderKind, string> = {
  goalDeadline: 'musGoalDeadline',
  checkInDue: 'musCheckInDue',
  signed: 'musSigned',
  topicProposed: 'musTopicProposed',
};

export const reminderText = (kind: ReminderKind, about: LocalizedText, language: Language): string =>
  REMINDER_TEXTS[language][kind](about[language]);
