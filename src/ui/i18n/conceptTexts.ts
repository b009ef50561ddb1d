import { conceptDa } from './conceptDa';
import { conceptEn } from './conceptEn';
import type { TextBundle } from './textBundle';

/** The texts of HR's concept administration, added when it is first shown. */
export const conceptTexts: TextBundle = { da: conceptDa, en: conceptEn };
