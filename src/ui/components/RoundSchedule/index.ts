export { RoundSchedule } from './RoundSchedule';
export type { RoundScheduleProps } from './RoundSchedule.types';
