import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../application/surface/language';
import { da } from './da';
import { en } from './en';

/** The translations, per language, in the single `translation` namespace. */
export const resources = { da: { translation: da }, en: { translation: en } } as const;

/**
 * Make an i18next instance for one page, in the given language. Synchronous: the texts are bundled, so the
 * first render is already translated. Texts are rendered by React as text, never as HTML.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'da',
    supportedLngs: ['da', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
