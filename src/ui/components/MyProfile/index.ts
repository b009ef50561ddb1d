export { MyProfile } from './MyProfile';
export type { MyProfileProps, MyProfileState } from './MyProfile.types';
