/**
 * The live map on Fluid Framework 2 (`@fluidframework/azure-client`): one container per conversation with one
 * `SharedMap` of the shared fields. In a tenant it is Azure Fluid Relay; on the embedded default the local
 * Fluid service (`src/service/live/localFluid.ts`). Tokens come from the MUS service, signed for the caller
 * and this conversation's container only (`liveApi.ts`). Loaded on demand (`lazyLive.ts`): it is the
 * largest part of the side panel and not needed to show the form.
 */
import { AzureClient, type ITokenProvider } from '@fluidframework/azure-client';
import { ConnectionState, type IFluidContainer } from 'fluid-framework';
import { SharedMap, type ISharedMap, type IValueChanged } from 'fluid-framework/legacy';
import type { LiveJoin, LiveSession, LiveValue } from '../../application/ports/LivePort';
import type { LiveApi, LiveConnection } from './liveApi';

const schema = { initialObjects: { fields: SharedMap } } as const;
type Container = IFluidContainer<typeof schema>;

/** The user id the MUS service signed into the Fluid token (`user.id`). */
function userOf(jwt: string): string {
  const payload = JSON.parse(atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
    user?: { id?: string };
  };
  return payload.user?.id ?? 'unknown';
}

/**
 * Tokens from the MUS service. The service signs only for the conversation's registered container, and the
 * Fluid service names a new container only while creating it: a token asked for an id not yet registered
 * registers it first (the first container registered wins; the loser's token is then refused).
 */
function clientFor(api: LiveApi, conversationId: string, where: LiveConnection, seen: (jwt: string) => void) {
  let registered = where.containerId;
  let etag = where.etag;
  /** Registers a container the Fluid service just named; answers the conversation's container. */
  const register = async (documentId: string): Promise<string | null> => {
    if (documentId === registered) return registered;
    const answer = await api.register(
      conversationId,
      documentId,
      registered ? (etag ?? undefined) : undefined,
    );
    registered = answer.containerId;
    etag = answer.etag;
    return registered;
  };
  const fetch = async (_tenantId: string, documentId?: string) => {
    // A container that lost the race is being disposed (`openContainer`): its connection waits for nothing.
    if (documentId && (await register(documentId)) !== documentId) return new Promise<never>(() => {});
    const jwt = await api.token(conversationId, documentId || undefined);
    seen(jwt);
    return { jwt, fromCache: false };
  };
  const tokenProvider: ITokenProvider = { fetchOrdererToken: fetch, fetchStorageToken: fetch };
  const client = new AzureClient({
    connection: where.local
      ? { type: 'local', endpoint: where.endpoint, tokenProvider }
      : { type: 'remote', endpoint: where.endpoint, tenantId: where.tenantId, tokenProvider },
  });
  return { client, register, registered: () => registered };
}

type Client = ReturnType<typeof clientFor>;
const load = async (client: Client, id: string) =>
  (await client.client.getContainer(id, schema, '2')).container as Container;

/** Loads the registered container, or creates one (joining the other party's when theirs was first). */
async function openContainer(client: Client, where: LiveConnection): Promise<Container> {
  if (where.containerId) {
    try {
      return await load(client, where.containerId);
    } catch {
      // The registered container is gone (the local service's data was cleared): make a new one below.
    }
  }
  const created = (await client.client.createContainer(schema, '2')).container as Container;
  let winner: string | null;
  try {
    const id = await created.attach();
    winner = await client.register(id);
    if (winner === id) return created;
  } catch (error) {
    winner = client.registered();
    if (!winner || winner === where.containerId) throw error;
  }
  // The other party's container was registered first: join theirs.
  created.dispose();
  return load(client, winner!);
}

class FluidSession implements LiveSession {
  private readonly map: ISharedMap;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly container: Container,
    readonly me: string,
  ) {
    this.map = container.initialObjects.fields;
    // The browser knows first when the network is gone: leave at once, and rejoin when it is back.
    const offline = () => container.disconnect();
    const online = () => container.connect();
    globalThis.addEventListener?.('offline', offline);
    globalThis.addEventListener?.('online', online);
    this.stops.push(() => {
      globalThis.removeEventListener?.('offline', offline);
      globalThis.removeEventListener?.('online', online);
    });
  }

  get connected(): boolean {
    return this.container.connectionState === ConnectionState.Connected;
  }
  get(key: string): LiveValue | undefined {
    return this.map.get<LiveValue>(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  set(key: string, text: string, etag?: string): void {
    const value: LiveValue = etag === undefined ? { text, by: this.me } : { text, by: this.me, etag };
    this.map.set(key, value);
  }
  onRemote(listener: (key: string, value: LiveValue) => void): () => void {
    const handler = (changed: IValueChanged, local: boolean) => {
      const value = this.get(changed.key);
      if (!local && value) listener(changed.key, value);
    };
    this.map.on('valueChanged', handler);
    return () => this.map.off('valueChanged', handler);
  }
  onConnection(listener: (connected: boolean) => void): () => void {
    const up = () => listener(true);
    const down = () => listener(false);
    this.container.on('connected', up);
    this.container.on('disconnected', down);
    return () => {
      this.container.off('connected', up);
      this.container.off('disconnected', down);
    };
  }
  onSaved(listener: () => void): () => void {
    this.container.on('saved', listener);
    return () => this.container.off('saved', listener);
  }
  close(): void {
    this.stops.forEach((stop) => stop());
    this.container.dispose();
  }
}

/** Joins the conversation's live map. Never rejects: no service, a refusal or no answer is a reason. */
export async function joinFluid(api: LiveApi, conversationId: string): Promise<LiveJoin> {
  let where: LiveConnection;
  try {
    where = await api.connection(conversationId);
  } catch (error) {
    const status = (error as { status?: number }).status;
    return { ok: false, reason: status === 503 ? 'unavailable' : status ? 'refused' : 'unreachable' };
  }
  let me = 'unknown';
  try {
    const client = clientFor(api, conversationId, where, (jwt) => (me = userOf(jwt)));
    const container = await openContainer(client, where);
    return { ok: true, session: new FluidSession(container, me) };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}
