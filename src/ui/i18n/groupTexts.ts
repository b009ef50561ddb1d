import { groupDa } from './groupDa';
import { groupEn } from './groupEn';
import type { TextBundle } from './textBundle';

/** The texts of group conversations (GRUS): planner, Mine MUS and the meeting side panel. */
export const groupTexts: TextBundle = { da: groupDa, en: groupEn };
