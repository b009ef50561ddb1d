export { PreparationForm } from './PreparationForm';
export type { PreparationFormProps } from './PreparationForm.types';
