export { SinceLast } from './SinceLast';
