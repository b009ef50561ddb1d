export { RoundForm } from './RoundForm';
export type { RoundFormProps } from './RoundForm.types';
