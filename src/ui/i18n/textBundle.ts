import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A part of the texts in both languages, added to a page's i18next instance by the surface that shows it. */
export interface TextBundle {
  readonly da: object;
  readonly en: object;
}

/** Adds a bundle's texts to an i18next instance (adding them again changes nothing). */
export function addTexts(instance: i18n, bundle: TextBundle): void {
  instance.addResourceBundle('da', 'translation', bundle.da, true, false);
  instance.addResourceBundle('en', 'translation', bundle.en, true, false);
}

/**
 * A surface's own texts: added to the page's i18next instance before the surface's first text is asked for
 * (during its render, again if the instance changes), so they travel in the surface's lazy chunk and not in
 * the JavaScript every page loads first.
 */
export function useTexts(...bundles: readonly TextBundle[]): void {
  const { i18n } = useTranslation();
  useMemo(() => bundles.forEach((bundle) => addTexts(i18n, bundle)), [i18n]); // eslint-disable-line react-hooks/exhaustive-deps -- the bundles are module constants
}
