export { RoundList } from './RoundList';
export type { RoundListProps } from './RoundList.types';
