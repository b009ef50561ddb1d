import { loadMyProfile, rolesOf } from '../../src/application/profile/myProfile';
import { aLeaderMe, aMe, inMemoryProfile } from './support/profileFakes';

describe('loading who the user is in MUS', () => {
  it('asks the service with the token the host gave, and lists a leader-and-employee as leader first', async () => {
    const me = aLeaderMe(['Ida Holm', 'Ole Berg']);
    const ports = inMemoryProfile([{ ok: true, value: me }], { ok: true, token: 'sso-token' });
    const result = await loadMyProfile(ports);
    expect(ports.tokensSeen).toEqual(['sso-token']);
    expect(result).toEqual({ ok: true, profile: { me, roles: ['leader', 'employee'] } });
  });

  it('says "sign in" and does not call the service when the host gives no token', async () => {
    const ports = inMemoryProfile([{ ok: true, value: aMe() }], { ok: false, reason: 'refused' });
    expect(await loadMyProfile(ports)).toEqual({ ok: false, reason: 'signIn' });
    expect(ports.tokensSeen).toEqual([]);
  });

  it.each(['unauthorized', 'unavailable', 'unreachable', 'invalidResponse'] as const)(
    'passes the service failure "%s" on',
    async (reason) => {
      const ports = inMemoryProfile([{ ok: false, reason }]);
      expect(await loadMyProfile(ports)).toEqual({ ok: false, reason });
    },
  );

  it('orders roles leader, employee, HR and leaves out the ones not held', () => {
    expect(rolesOf(aMe({ roles: { employee: true, leader: true, hr: true } }))).toEqual([
      'leader',
      'employee',
      'hr',
    ]);
    expect(rolesOf(aMe({ roles: { employee: false, leader: false, hr: true } }))).toEqual(['hr']);
    expect(rolesOf(aMe({ roles: { employee: false, leader: false, hr: false } }))).toEqual([]);
  });
});
