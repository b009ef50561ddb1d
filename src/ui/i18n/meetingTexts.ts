import { conclusionDa } from './conclusionDa';
import { conclusionEn } from './conclusionEn';
import { meetingDa } from './meetingDa';
import { meetingEn } from './meetingEn';
import type { TextBundle } from './textBundle';

/** The meeting's texts (side panel, stage, conclusion, the meeting link of the configuration page). */
export const meetingTexts: TextBundle = {
  da: { ...meetingDa, ...conclusionDa },
  en: { ...meetingEn, ...conclusionEn },
};
