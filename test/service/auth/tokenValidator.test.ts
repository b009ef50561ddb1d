import {
  createTokenValidator,
  TokenError,
  type TokenValidator,
} from '../../../src/service/auth/tokenValidator';
import { startLocalIssuer, type LocalIssuer } from './localIssuer';

let issuer: LocalIssuer;
let validator: TokenValidator;

beforeAll(async () => {
  issuer = await startLocalIssuer();
  validator = createTokenValidator({
    issuer: issuer.issuer,
    jwksUri: issuer.jwksUri,
    audiences: [issuer.audience],
    tenantId: issuer.tenantId,
    requiredScope: 'access_as_user',
    clockToleranceSeconds: 60,
    jwksCooldownMs: 50,
  });
});
afterAll(() => issuer.close());

async function refusal(token: string | undefined): Promise<string> {
  try {
    await validator.validate(token === undefined ? undefined : `Bearer ${token}`);
  } catch (error) {
    if (error instanceof TokenError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('access token validation against a local JWKS', () => {
  it('accepts a good token and says who is calling', async () => {
    const caller = await validator.validate(`Bearer ${await issuer.sign({ oid: 'u-1', name: 'Mette' })}`);
    expect(caller).toMatchObject({ userId: 'u-1', tenantId: 'tenant-a', name: 'Mette' });
  });

  it('refuses a missing header, a non-bearer header and garbage', async () => {
    expect(await refusal(undefined)).toBe('token_missing');
    await expect(validator.validate('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ code: 'token_invalid' });
    expect(await refusal('not.a.jwt')).toBe('token_invalid');
  });

  it('refuses a token signed by a key the issuer never published (forged signature)', async () => {
    expect(await refusal(await issuer.sign({ oid: 'u-1' }, { key: 'foreign' }))).toBe('token_invalid');
  });

  it('refuses an expired token beyond the clock skew, but tolerates a few seconds', async () => {
    expect(await refusal(await issuer.sign({ oid: 'u-1' }, { expiresIn: -120 }))).toBe('token_expired');
    expect(await refusal(await issuer.sign({ oid: 'u-1' }, { expiresIn: -5 }))).toBe('accepted');
  });

  it('refuses a token that was accepted before once it has expired (beyond the clock skew)', async () => {
    const token = await issuer.sign({ oid: 'u-2' }, { expiresIn: 30 });
    expect(await refusal(token)).toBe('accepted');
    expect(await refusal(token)).toBe('accepted');
    jest.useFakeTimers({
      now: Date.now() + 120_000,
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    try {
      expect(await refusal(token)).toBe('token_expired');
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses another audience, another issuer, another tenant, and a token without the scope', async () => {
    expect(await refusal(await issuer.sign({ oid: 'u-1', aud: 'api://other' }))).toBe('token_invalid');
    expect(await refusal(await issuer.sign({ oid: 'u-1', iss: 'https://evil.example/oidc' }))).toBe(
      'token_invalid',
    );
    expect(await refusal(await issuer.sign({ oid: 'u-1', tid: 'tenant-b' }))).toBe('token_invalid');
    expect(await refusal(await issuer.sign({ oid: 'u-1', scp: 'User.Read' }))).toBe('insufficient_scope');
    expect(await refusal(await issuer.sign({ tid: 'tenant-a' }))).toBe('token_invalid');
  });

  it('refetches the JWKS when a token names an unknown key id (key rotation)', async () => {
    const before = issuer.jwksRequests();
    await issuer.rotate();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const caller = await validator.validate(`Bearer ${await issuer.sign({ oid: 'u-2' })}`);
    expect(caller.userId).toBe('u-2');
    expect(issuer.jwksRequests()).toBeGreaterThan(before);
  });
});
