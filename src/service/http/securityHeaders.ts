import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * API answers are data, never documents: JSON (or problem+json, or CSV) with `nosniff` and a CSP that
 * forbids everything, so even a browser opening an API URL directly renders nothing a user typed.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The hosts that may frame the pages: the Microsoft 365 hosts Microsoft documents for a Teams tab that also
 * runs in Outlook and the Microsoft 365 app ("Set Content Security Policy headers to allow Teams and any
 * other host applications of your app", learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements),
 * and the page's own origin: the local Teams host page (`/host/`) of the embedded default frames
 * `/content.html` from the same origin.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/**
 * The pages' policy: their own scripts (and office.js for the Outlook task pane), inline styles (the UI
 * library's), requests to their own origin, to HTTPS services and to the local sandbox (the host page signs
 * demo users in there), WebSockets to the live layer's Fluid service (Azure Fluid Relay, or the local one), frames of their own origin (the host page's surfaces), and no plugins.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: wss: http://localhost:* http://127.0.0.1:* ws://localhost:* ws://127.0.0.1:*",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

function setApiHeaders(reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', API_CSP);
  reply.header('cache-control', 'no-store');
}

/** The API's headers on every route of a scope (`api/index.ts`), however its path was spelled. */
export function installApiHeaders(scope: FastifyInstance): void {
  scope.addHook('onSend', async (_request, reply, payload) => {
    setApiHeaders(reply);
    return payload;
  });
}

/**
 * Answers that matched no route (a 404 problem) are API data too. Everything else outside the API scope is
 * a page (the static files, `/` → `/content.html`): `nosniff` and {@link PAGE_CSP}. The API scope's own
 * hook runs after this one and sets the API's headers on its routes.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url === undefined) {
      setApiHeaders(reply);
    } else {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('content-security-policy', PAGE_CSP);
      reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    }
    return payload;
  });
}
