export { MeetingForm } from './MeetingForm';
export type { ConclusionSlotProps, MeetingFormProps } from './MeetingForm.types';
