/** The languages the product speaks. Danish is the default. */
export type Language = 'da' | 'en';

/** The default language, used outside a host and for any locale we don't speak. */
export const DEFAULT_LANGUAGE: Language = 'da';

/**
 * Choose the product language from a host locale: `da*` → Danish, `en*` → English, anything else
 * (or nothing) → Danish.
 */
export function chooseLanguage(locale: string | undefined): Language {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_')) return 'en';
  return DEFAULT_LANGUAGE;
}
