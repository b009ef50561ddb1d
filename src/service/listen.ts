/**
 * Puts the service on the network: plain HTTP (behind App Service's or Container Apps' HTTPS front end), or
 * HTTPS itself for local work in Teams and Outlook, which load only https:// pages (`npm run start:https`,
 * with the Office add-in dev certificates that office-addin-dev-certs creates and trusts).
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface TlsMaterial {
  readonly key: string | Buffer;
  readonly cert: string | Buffer;
  readonly ca?: string | Buffer;
}

export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on `host:port`; with `tls`, an HTTPS server hands each request to the app's router. */
export async function listen(
  app: FastifyInstance,
  settings: { readonly host: string; readonly port: number; readonly tls?: TlsMaterial },
): Promise<Listening> {
  if (!settings.tls) {
    const url = await app.listen({ host: settings.host, port: settings.port });
    return { url, close: () => app.close() };
  }
  await app.ready();
  const server = createServer(settings.tls, (req, res) => app.routing(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    url: `https://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.close();
    },
  };
}

/** The Office add-in dev certificates (created and trusted on first use; a dev dependency, never in production). */
export async function devCertificates(): Promise<TlsMaterial> {
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  return getHttpsServerOptions();
}
