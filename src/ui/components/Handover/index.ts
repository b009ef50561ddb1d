export { Handover } from './Handover';
export type { HandoverProps } from './Handover';
