export { GroupForm, type GroupFormProps } from './GroupForm';
