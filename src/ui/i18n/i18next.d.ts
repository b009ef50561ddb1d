import type { afterDa } from './afterDa';
import type { da } from './da';
import type { hrDa } from './hrDa';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The after-the-talk texts load with the sections that use them (`afterTexts.ts`).
    resources: { translation: typeof da & typeof afterDa & typeof hrDa };
  }
}
