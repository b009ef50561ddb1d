export { FollowUp } from './FollowUp';
export type { FollowUpProps } from './FollowUp';
