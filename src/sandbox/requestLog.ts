/** The request log: every request with method, path, status and time; a batch carries its inner requests. */
export interface LogEntry {
  id: string;
  method: string;
  path: string;
  query: string;
  status: number;
  time: string;
  durationMs: number;
  inner?: LogEntry[];
}

const MAX = 20_000;

export class RequestLog {
  private entries: LogEntry[] = [];
  private readonly pendingInner = new Map<string, LogEntry[]>();

  addInner(parentId: string, entry: LogEntry): void {
    const list = this.pendingInner.get(parentId) ?? [];
    list.push(entry);
    this.pendingInner.set(parentId, list);
  }

  add(entry: LogEntry): void {
    const inner = this.pendingInner.get(entry.id);
    this.pendingInner.delete(entry.id);
    this.entries.push(inner ? { ...entry, inner } : entry);
    // Trim in chunks, not one entry per request (each splice moves the whole array).
    if (this.entries.length > MAX + MAX / 10) this.entries.splice(0, this.entries.length - MAX);
  }

  all(): LogEntry[] {
    return this.entries.slice(-MAX);
  }

  clear(): void {
    this.entries = [];
  }
}
