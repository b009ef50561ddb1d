import type { AccessTokenPort } from '../../../src/application/ports/AccessTokenPort';

/**
 * The pages' token port on the real teams-js, imported afresh (call after `jest.resetModules()`, with the
 * host adapter imported in the same round, so both share one teams-js). MSAL is refused: a Teams host that
 * does not recommend nested app auth must never need it.
 */
export async function freshTeamsTokenPort(timeoutMs: number): Promise<AccessTokenPort> {
  const { createAccessToken } = await import('../../../src/adapters/auth/accessToken');
  const { authSettings } = await import('../../../src/adapters/auth/authSettings');
  const { realTokenSdk } = await import('../../../src/adapters/auth/tokenSdk');
  const noMsal = () => Promise.reject(new Error('MSAL is not used on this route'));
  return createAccessToken({
    settings: authSettings(),
    sdk: { ...realTokenSdk(), createNestable: noMsal, createStandard: noMsal },
    origin: window.location.origin,
    timeoutMs,
  });
}
