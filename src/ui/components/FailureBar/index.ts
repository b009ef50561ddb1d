export { FailureBar, type FailureBarProps } from './FailureBar';
export { NotReady, notReady, type LoadState, type NotReadyProps, type NotReadyState } from './NotReady';
