export { EvaluationForm } from './EvaluationForm';
export type { EvaluationFormProps } from './EvaluationForm';
