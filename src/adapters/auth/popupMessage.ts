/**
 * What the sign-in popup (authStart.html, opened by Teams' `authentication.authenticate` or by the Office
 * dialog API) sends back to the page that opened it: the outcome as JSON, through `notifySuccess` or
 * `messageParent`. Written by src/adapters/auth/authPopup.ts, read by src/adapters/auth/accessToken.ts.
 */
import { z } from 'zod';
import type { AccessTokenResult } from '../../application/ports/AccessTokenPort';

/** Which host opened the popup, so it knows how to answer. */
export type PopupOpener = 'teams' | 'office';

/** The popup's address for `opener`. */
export function popupStartUrl(origin: string, opener: PopupOpener): string {
  return `${origin}/authStart.html?opener=${opener}`;
}

const messageSchema = z.union([
  z.object({ ok: z.literal(true), token: z.string().trim().min(1) }),
  z.object({ ok: z.literal(false), reason: z.enum(['interactionRequired', 'refused', 'timeout']) }),
]);

/** The popup's message for `result`. */
export function popupMessage(result: AccessTokenResult): string {
  return JSON.stringify(result);
}

/** The outcome the popup sent; anything else is a refusal. */
export function parsePopupMessage(message: unknown): AccessTokenResult {
  try {
    const parsed = messageSchema.safeParse(JSON.parse(String(message)));
    return parsed.success ? parsed.data : { ok: false, reason: 'refused' };
  } catch {
    return { ok: false, reason: 'refused' };
  }
}
