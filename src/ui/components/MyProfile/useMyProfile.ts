import { useCallback, useEffect, useState } from 'react';
import { loadMyProfile, type ProfilePorts } from '../../../application/profile/myProfile';
import type { MyProfileHookResult, MyProfileState } from './MyProfile.types';

/** Load the user's MUS profile through the use case; `retry()` loads it again. */
export function useMyProfile(ports: ProfilePorts): MyProfileHookResult {
  const [state, setState] = useState<MyProfileState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    void loadMyProfile(ports).then((result) => {
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

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
