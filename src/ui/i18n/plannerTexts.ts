import { appointmentDa } from './appointmentDa';
import { appointmentEn } from './appointmentEn';
import { plannerDa } from './plannerDa';
import { plannerEn } from './plannerEn';
import type { TextBundle } from './textBundle';

/** The texts of the round planner, "Mine MUS" and the Outlook task pane's booking. */
export const plannerTexts: TextBundle = {
  da: { ...plannerDa, ...appointmentDa },
  en: { ...plannerEn, ...appointmentEn },
};
