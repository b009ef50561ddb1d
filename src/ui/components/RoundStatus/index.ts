export { RoundStatus } from './RoundStatus';
export type { RoundStatusProps } from './RoundStatus.types';
