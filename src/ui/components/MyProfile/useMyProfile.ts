import { useCallback, useState } from 'react';
import { loadMyProfile, type ProfilePorts } from '../../../application/profile/myProfile';
import { useLoaded } from '../../app/useLoaded';
import type { MyProfileHookResult, MyProfileState } from './MyProfile.types';

/**
 * Load the user's MUS profile through the use case; `retry()` loads it again, signing in interactively when
 * the failure was the sign-in (it is called from the user's click, so a popup may open).
 */
export function useMyProfile(ports: ProfilePorts): MyProfileHookResult {
  const [signIn, setSignIn] = useState(false);
  const load = useCallback(async (): Promise<MyProfileState> => {
    const result = await loadMyProfile(ports, { signIn });
    return result.ok
      ? { status: 'ready', profile: result.profile }
      : { status: 'failed', reason: result.reason };
  }, [ports, signIn]);
  const { state, reload } = useLoaded(load);
  const failedSignIn = state.status === 'failed' && state.reason === 'signIn';
  const retry = useCallback(() => {
    setSignIn(failedSignIn);
    reload();
  }, [failedSignIn, reload]);
  return { state, retry };
}
