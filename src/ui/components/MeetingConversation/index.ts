export { MeetingConversation, type MeetingConversationProps } from './MeetingConversation';
