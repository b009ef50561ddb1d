/** The issuer's signing key (generated once, kept in the store) and token minting/validation. */
import type { JWK } from 'jose';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { optionalStrings, strings } from './fields';
import type { Store } from './store';

const jwkSchema = z.looseObject({ kty: z.string(), kid: z.string() });

export const claimsSchema = z.looseObject({
  ...strings('iss', 'aud', 'oid', 'tid'),
  ...optionalStrings('azp', 'scp'),
  roles: z.array(z.string()).optional(),
  ...optionalStrings('upn', 'preferred_username', 'name', 'idtyp'),
});
export type Claims = z.infer<typeof claimsSchema>;

export interface Keys {
  kid: string;
  privateKey: CryptoKey | Uint8Array;
  publicJwk: JWK;
}

/** Loads the RS256 key pair, creating and persisting it on first start. Reset keeps it. */
export async function loadKeys(store: Store): Promise<Keys> {
  let stored = store.getMeta('keep:signingKey');
  if (!stored) {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(jwk);
    stored = JSON.stringify({ ...jwk, kid, alg: 'RS256' });
    store.setMeta('keep:signingKey', stored);
  }
  const priv = jwkSchema.parse(JSON.parse(stored));
  const privateKey = await importJWK(priv, 'RS256');
  const { kty, n, e } = z.object({ kty: z.string(), n: z.string(), e: z.string() }).parse(priv);
  return { kid: priv.kid, privateKey, publicJwk: { kty, n, e, kid: priv.kid, use: 'sig', alg: 'RS256' } };
}

export const TOKEN_SECONDS = 3600;

export async function mint(keys: Keys, claims: Record<string, unknown>, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ...claims, ver: '2.0', uti: randomUUID() })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: keys.kid })
    .setIssuedAt(iat)
    .setNotBefore(iat - 300)
    .setExpirationTime(iat + TOKEN_SECONDS)
    .sign(keys.privateKey);
}

/** The imported public key per key pair (importing costs more than verifying). */
const publicKeys = new WeakMap<Keys, ReturnType<typeof importJWK>>();

/**
 * Tokens whose signature, issuer and audience were checked, by issuer, audiences and token (the check is a
 * pure function of those); only the lifetime depends on the clock, so it is checked again on every use.
 */
const verified = new Map<string, { claims: Claims; exp: number; nbf: number }>();
const VERIFIED_MAX = 10_000;
const lifetimeSchema = z.object({ exp: z.number(), nbf: z.number().optional() });

/** Verifies signature, issuer, audience and lifetime; returns the claims or a reason. */
export async function verify(
  keys: Keys,
  token: string,
  issuer: string,
  audiences: string[],
  now: Date,
): Promise<{ ok: true; claims: Claims } | { ok: false; reason: string }> {
  const cacheKey = `${keys.kid}|${issuer}|${audiences.join(' ')}|${token}`;
  const known = verified.get(cacheKey);
  if (known) {
    // The same checks as jwtVerify's with no clock tolerance.
    const seconds = Math.floor(now.getTime() / 1000);
    if (known.exp <= seconds)
      return { ok: false, reason: 'Lifetime validation failed, the token is expired.' };
    if (known.nbf > seconds) return { ok: false, reason: 'Invalid audience or issuer.' };
    return { ok: true, claims: known.claims };
  }
  const result = await verifyOnce(keys, token, issuer, audiences, now);
  if (result.ok) {
    const lifetime = lifetimeSchema.safeParse(result.claims);
    if (lifetime.success) {
      if (verified.size >= VERIFIED_MAX) verified.clear();
      const { exp, nbf } = lifetime.data;
      verified.set(cacheKey, { claims: result.claims, exp, nbf: nbf ?? -Infinity });
    }
  }
  return result;
}

/** The full check behind `verify`'s cache. */
const verifyOnce: typeof verify = async (keys, token, issuer, audiences, now) => {
  try {
    let imported = publicKeys.get(keys);
    if (!imported) {
      imported = importJWK(keys.publicJwk, 'RS256');
      publicKeys.set(keys, imported);
    }
    const pub = await imported;
    const { payload } = await jwtVerify(token, pub, { issuer, audience: audiences, currentDate: now });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success
      ? { ok: true, claims: parsed.data }
      : { ok: false, reason: 'Token lacks required claims.' };
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (code === 'ERR_JWT_EXPIRED')
      return { ok: false, reason: 'Lifetime validation failed, the token is expired.' };
    if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
      return { ok: false, reason: 'Invalid audience or issuer.' };
    return { ok: false, reason: 'IDX14100: JWT is not well formed or its signature is invalid.' };
  }
};
