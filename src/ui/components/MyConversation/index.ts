export { MyConversation } from './MyConversation';
export type { MyConversationProps } from './MyConversation.types';
