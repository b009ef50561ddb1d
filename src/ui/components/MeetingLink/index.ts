export { MeetingLink } from './MeetingLink';
