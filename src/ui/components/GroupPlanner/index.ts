export { GroupPlanner, type GroupPlannerProps } from './GroupPlanner';
