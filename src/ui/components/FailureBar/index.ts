export { FailureBar, type FailureBarProps } from './FailureBar';
export type { LoadState } from '../../app/useLoaded';
export { NotReady, notReady, type NotReadyProps, type NotReadyState } from './NotReady';
