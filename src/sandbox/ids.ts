/** Deterministic ids: the seed and the tests can name things before they exist. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

/** The namespace of the sandbox's name-based ids (a fixed random UUID). */
export const SANDBOX_ID_NAMESPACE = 'ad93c0da-5d55-4806-8e54-47b6eb6d49ff';

/** A GUID derived from a name (UUID v5), stable across runs. */
export function guidFor(name: string): string {
  return uuidV5(name, SANDBOX_ID_NAMESPACE);
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
