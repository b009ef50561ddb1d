/** Deterministic ids: the seed and the tests can name things before they exist. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A GUID derived from a name (UUID v5 layout over SHA-1), stable across runs. */
export function guidFor(name: string): string {
  const h = createHash('sha1').update(`mus-sandbox:${name}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** An Exchange-like item id (base64url, starts like real ones with AAMk). */
export function exchangeId(name?: string): string {
  const bytes = name ? createHash('sha256').update(`event:${name}`).digest() : randomBytes(32);
  return `AAMkAGI2${bytes.toString('base64url')}`;
}

export const newGuid = (): string => randomUUID();

/** The thread id of a Teams meeting chat: 19:meeting_<base64 of a guid>@thread.v2 */
export function meetingThreadId(seed?: string): string {
  const g = seed ? guidFor(`thread:${seed}`) : randomUUID();
  return `19:meeting_${Buffer.from(g).toString('base64url')}@thread.v2`;
}

export const TENANT_DOMAIN = 'contoso-kommune.dk';
export const SHAREPOINT_HOST = 'contoso-kommune.sharepoint.com';
export const TENANT_ID = guidFor('tenant');
