export { HrOverview } from './HrOverview';
