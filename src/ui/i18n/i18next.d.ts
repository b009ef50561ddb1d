import type { afterDa } from './afterDa';
import type { appointmentDa } from './appointmentDa';
import type { conceptDa } from './conceptDa';
import type { conclusionDa } from './conclusionDa';
import type { da } from './da';
import type { groupDa } from './groupDa';
import type { hrDa } from './hrDa';
import type { meetingDa } from './meetingDa';
import type { plannerDa } from './plannerDa';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Parts of the texts load with the surfaces and sections that use them (`afterTexts.ts`, `textBundle.ts`).
    resources: {
      translation: typeof da &
        typeof afterDa &
        typeof hrDa &
        typeof plannerDa &
        typeof appointmentDa &
        typeof meetingDa &
        typeof conclusionDa &
        typeof conceptDa &
        typeof groupDa;
    };
  }
}
