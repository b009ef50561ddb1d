import type { DraftField, DraftPort, LiveSession, LiveValue } from '../../../src/application/ports/LivePort';

/**
 * An in-memory live service: one map, clients that connect and disconnect. A write of a connected client
 * reaches the others at once; a disconnected client neither sends nor receives until it reconnects.
 */
export class FakeLiveHub {
  readonly map = new Map<string, LiveValue>();
  private readonly clients = new Set<FakeSession>();

  join(me: string): FakeSession {
    const session = new FakeSession(this, me);
    this.clients.add(session);
    return session;
  }

  publish(from: FakeSession, key: string, value: LiveValue): void {
    this.map.set(key, value);
    for (const client of this.clients) if (client !== from && client.connected) client.deliver(key, value);
  }

  leave(session: FakeSession): void {
    this.clients.delete(session);
  }
}

export class FakeSession implements LiveSession {
  connected = true;
  private readonly remote = new Set<(key: string, value: LiveValue) => void>();
  private readonly connection = new Set<(connected: boolean) => void>();
  private readonly saved = new Set<() => void>();

  constructor(
    private readonly hub: FakeLiveHub,
    readonly me: string,
  ) {}

  get(key: string) {
    return this.hub.map.get(key);
  }
  keys() {
    return [...this.hub.map.keys()];
  }
  set(key: string, text: string, etag?: string) {
    if (!this.connected) throw new Error('set while offline');
    this.hub.publish(this, key, etag === undefined ? { text, by: this.me } : { text, by: this.me, etag });
    this.saved.forEach((listener) => listener());
  }
  deliver(key: string, value: LiveValue) {
    this.remote.forEach((listener) => listener(key, value));
  }
  setConnected(connected: boolean) {
    this.connected = connected;
    this.connection.forEach((listener) => listener(connected));
  }
  onRemote(listener: (key: string, value: LiveValue) => void) {
    this.remote.add(listener);
    return () => this.remote.delete(listener);
  }
  onConnection(listener: (connected: boolean) => void) {
    this.connection.add(listener);
    return () => this.connection.delete(listener);
  }
  onSaved(listener: () => void) {
    this.saved.add(listener);
    return () => this.saved.delete(listener);
  }
  close() {
    this.hub.leave(this);
  }
}

/** A local draft in memory (localStorage per browser profile in the app). */
export class MemoryDraft implements DraftPort {
  readonly stored = new Map<string, Record<string, DraftField>>();
  load(conversationId: string) {
    return { ...(this.stored.get(conversationId) ?? {}) };
  }
  save(conversationId: string, fields: Record<string, DraftField>) {
    this.stored.set(conversationId, { ...fields });
  }
}
