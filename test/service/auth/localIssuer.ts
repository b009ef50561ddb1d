import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

/** A local OpenID issuer for tests: its own RSA keys, a JWKS endpoint, and a token minting helper. */
export interface LocalIssuer {
  readonly issuer: string;
  readonly jwksUri: string;
  readonly tenantId: string;
  readonly audience: string;
  sign(
    claims: Record<string, unknown>,
    options?: { key?: 'current' | 'foreign'; kid?: string; expiresIn?: number },
  ): Promise<string>;
  /** Adds a new key (new kid) to the JWKS and signs with it from now on. */
  rotate(): Promise<void>;
  jwksRequests(): number;
  close(): Promise<void>;
}

async function keyPair(kid: string) {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey: pair.privateKey, jwk };
}

export async function startLocalIssuer(): Promise<LocalIssuer> {
  const keys = [await keyPair('k1')];
  const foreign = await keyPair('k1');
  let requests = 0;
  const server: Server = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: keys.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/oidc`;
  const tenantId = 'tenant-a';
  const audience = 'api://mus';
  return {
    issuer,
    jwksUri: `http://127.0.0.1:${port}/oidc/jwks`,
    tenantId,
    audience,
    async sign(claims, options = {}) {
      const current = keys[keys.length - 1]!;
      const key: CryptoKey = options.key === 'foreign' ? foreign.privateKey : current.privateKey;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ tid: tenantId, scp: 'access_as_user', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? current.kid, typ: 'JWT' })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuer)
        .setAudience(typeof claims.aud === 'string' ? claims.aud : audience)
        .setIssuedAt(now - 10)
        .setNotBefore(now - 10)
        .setExpirationTime(now + (options.expiresIn ?? 600))
        .sign(key);
    },
    async rotate() {
      keys.push(await keyPair(`k${keys.length + 1}`));
    },
    jwksRequests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
