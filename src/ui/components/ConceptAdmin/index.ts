export { ConceptAdmin } from './ConceptAdmin';
