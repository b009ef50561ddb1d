/**
 * The Fluid token the MUS service signs for one of a conversation's two parties: the claims Azure Fluid Relay
 * checks (`@fluidframework/azure-service-utils`' `generateToken`: tenant, document, scopes, user, `ver` 1.0),
 * HS256 with the relay tenant's key. A token without a document id only creates a container.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { LiveSettings } from './settings';

export const FLUID_SCOPES = ['doc:read', 'doc:write', 'summary:write'] as const;

export interface FluidToken {
  readonly token: string;
  readonly expiresAt: string;
}

export async function signFluidToken(
  settings: LiveSettings,
  claims: { documentId: string | undefined; user: { id: string; name: string } },
  now: Date,
): Promise<FluidToken> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + settings.tokenSeconds;
  const token = await new SignJWT({
    documentId: claims.documentId ?? '',
    scopes: [...FLUID_SCOPES],
    tenantId: settings.tenantId,
    user: claims.user,
    ver: '1.0',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(settings.key));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}
