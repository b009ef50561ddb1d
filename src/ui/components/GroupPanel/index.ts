export { GroupBanner, type GroupBannerProps } from './GroupBanner';
export { GroupPlan } from './GroupPlan';
