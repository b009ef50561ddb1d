export { Conclusion } from './Conclusion';
export type { ConclusionProps } from './Conclusion.types';
