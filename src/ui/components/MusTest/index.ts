export { MusTest } from './MusTest';
export type { MusTestProps } from './MusTest.types';
