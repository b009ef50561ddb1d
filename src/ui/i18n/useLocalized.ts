import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Text the service keeps in both languages. */
export interface BothLanguages {
  readonly da: string;
  readonly en: string;
}

/** How the page speaks: the service's texts, dates and times in the page's language. */
export interface Localized {
  readonly language: 'da' | 'en';
  /** The text in the page's language. */
  readonly text: (value: BothLanguages) => string;
  /** "tirsdag 3. marts 2026" / "Tuesday 3 March 2026". */
  readonly date: (iso: string) => string;
  /** "09.00" / "09:00". */
  readonly time: (iso: string) => string;
  /** The date and the time from-to of a slot. */
  readonly slot: (slot: { readonly start: string; readonly end: string }) => string;
}

/** The page's language for texts from the service and for dates and times (in the user's time zone). */
export function useLocalized(): Localized {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  return useMemo(() => {
    const locale = language === 'en' ? 'en-GB' : 'da-DK';
    const dateFormat = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const date = (iso: string) => dateFormat.format(new Date(iso));
    const time = (iso: string) => timeFormat.format(new Date(iso));
    return {
      language,
      text: (value) => value[language],
      date,
      time,
      slot: ({ start, end }) => `${date(start)} ${time(start)}–${time(end)}`,
    };
  }, [language]);
}
