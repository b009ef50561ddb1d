/**
 * Settings of the live layer (the Fluid service both parties' side panels join), from environment variables:
 * - `MUS_FLUID_ENDPOINT`   the Fluid service: Azure Fluid Relay's service endpoint in a tenant (e.g.
 *                          `https://eu.fluidrelay.azure.com`), the local one on the embedded default; without it
 *                          the live routes answer 503 and the side panel works from its local draft and the record
 * - `MUS_FLUID_TENANT_ID`  the Azure Fluid Relay resource's tenant id (absent: the local service, tenant `local`)
 * - `MUS_FLUID_KEY`        that tenant's key, which signs the tokens (a secret: Key Vault in `infra/`); required
 *                          with a tenant id, a development key on the local service (which checks no token)
 */
import { z } from 'zod';
import { ConfigError, settingsLoader } from '../config';

export interface LiveSettings {
  readonly endpoint: string;
  /** `local` for the local Fluid service (azure-client's local connection), else the relay's tenant id. */
  readonly tenantId: string;
  /** The key the MUS service signs Fluid tokens with (HS256, as Azure Fluid Relay expects). */
  readonly key: string;
  /** How long a token lives, in seconds (default one hour, Azure Fluid Relay's most). */
  readonly tokenSeconds: number;
}

export const LOCAL_FLUID_TENANT = 'local';
/** The local service checks no token; this key only makes the token well-formed. Never used with a tenant. */
export const LOCAL_FLUID_KEY = 'mus-local-fluid-development-key-not-a-secret';

const envSchema = z.object({
  MUS_FLUID_ENDPOINT: z.url().optional(),
  MUS_FLUID_TENANT_ID: z.string().min(1).max(100).optional(),
  MUS_FLUID_KEY: z.string().min(16).optional(),
});

/** The live settings from the environment (overrides win), or undefined when no Fluid service is configured. */
export const loadLiveSettings = settingsLoader(
  'live settings',
  envSchema,
  (e, overrides: Partial<LiveSettings>): LiveSettings | undefined => {
    const endpoint = overrides.endpoint ?? e.MUS_FLUID_ENDPOINT;
    if (!endpoint) return undefined;
    const tenantId = overrides.tenantId ?? e.MUS_FLUID_TENANT_ID ?? LOCAL_FLUID_TENANT;
    const key = overrides.key ?? e.MUS_FLUID_KEY ?? (tenantId === LOCAL_FLUID_TENANT ? LOCAL_FLUID_KEY : '');
    if (!key) throw new ConfigError('MUS_FLUID_KEY is not set: the Azure Fluid Relay tenant key.');
    return {
      endpoint: endpoint.replace(/\/+$/, ''),
      tenantId,
      key,
      tokenSeconds: overrides.tokenSeconds ?? 3600,
    };
  },
);
