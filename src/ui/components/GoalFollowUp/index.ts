export { GoalFollowUp } from './GoalFollowUp';
