import type { ReactNode } from 'react';
import type { MyProfile, ProfileFailure, ProfilePorts } from '../../../application/profile/myProfile';
import type { LoadState } from '../../app/useLoaded';

/** Props of the "who am I in MUS" section of the personal tab. */
export interface MyProfileProps {
  /** The ports the use case needs, made by the composition root. */
  readonly ports: ProfilePorts;
  /** What to show above the profile once it is loaded (the sections of the user's roles). */
  readonly children?: (profile: MyProfile) => ReactNode;
  /** Show the roles, leader and reports below them (default); the narrow Outlook task pane leaves them out. */
  readonly details?: boolean;
}

/** What the section shows at a moment: loading, the profile, or why it failed. */
export type MyProfileState = LoadState<{ readonly profile: MyProfile }, { readonly reason: ProfileFailure }>;

/** The state, plus a way to try again after a failure. */
export interface MyProfileHookResult {
  readonly state: MyProfileState;
  readonly retry: () => void;
}
