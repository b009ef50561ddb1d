/**
 * The `log` stage: one line per HTTP attempt (method, path, status, ms), and the round-trip count. It sits just
 * before the terminal, so each retry is a line and a round trip of its own.
 */
import type { Context } from '@microsoft/microsoft-graph-client';
import { ChainedMiddleware, describeRequest } from './chain';

export interface GraphLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

export type GraphLogger = (entry: GraphLogEntry) => void;

/** Counts HTTP round trips to Graph; share one between clients to total a piece of work. */
export class GraphStats {
  roundTrips = 0;
  readonly byStatus = new Map<number, number>();

  record(status: number): void {
    this.roundTrips += 1;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  reset(): void {
    this.roundTrips = 0;
    this.byStatus.clear();
  }
}

export class LoggingMiddleware extends ChainedMiddleware {
  constructor(
    private readonly stats: GraphStats,
    private readonly logger: GraphLogger | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const started = this.now();
    const { method, url } = describeRequest(context);
    let status = 0;
    try {
      await this.next(context);
      status = context.response?.status ?? 0;
    } finally {
      this.stats.record(status);
      this.logger?.({ method, path: pathOf(url), status, ms: Math.round(this.now() - started) });
    }
  }
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
