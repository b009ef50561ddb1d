import type { i18n } from 'i18next';
import { afterDa } from './afterDa';
import { afterEn } from './afterEn';
import { hrDa } from './hrDa';
import { hrEn } from './hrEn';

/**
 * Adds the texts of what comes after the talk (MUS-testen, evaluation, follow-up, HR overview) to a page's
 * i18next instance. They travel in the lazy chunk of the personal tab's sections instead of the bundle every
 * page loads at once; adding them again changes nothing.
 */
export function addAfterTexts(instance: i18n): void {
  instance.addResourceBundle('da', 'translation', afterDa, true, false);
  instance.addResourceBundle('en', 'translation', afterEn, true, false);
  instance.addResourceBundle('da', 'translation', hrDa, true, false);
  instance.addResourceBundle('en', 'translation', hrEn, true, false);
}
