import { useCallback, useEffect, useState } from 'react';
import { loadMyProfile, type ProfilePorts } from '../../../application/profile/myProfile';
import type { MyProfileHookResult, MyProfileState } from './MyProfile.types';

/**
 * Load the user's MUS profile through the use case; `retry()` loads it again, signing in interactively when
 * the failure was the sign-in (it is called from the user's click, so a popup may open).
 */
export function useMyProfile(ports: ProfilePorts): MyProfileHookResult {
  const [state, setState] = useState<MyProfileState>({ status: 'loading' });
  const [attempt, setAttempt] = useState({ count: 0, signIn: false });

  useEffect(() => {
    let active = true;
    void loadMyProfile(ports, { signIn: attempt.signIn }).then((result) => {
      if (!active) return;
      setState(
        result.ok
          ? { status: 'ready', profile: result.profile }
          : { status: 'failed', reason: result.reason },
      );
    });
    return () => {
      active = false;
    };
  }, [ports, attempt]);

  const signIn = state.status === 'failed' && state.reason === 'signIn';
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((previous) => ({ count: previous.count + 1, signIn }));
  }, [signIn]);
  return { state, retry };
}
