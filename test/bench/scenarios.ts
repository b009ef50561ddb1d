/**
 * Benchmark scenarios: each states its sandbox settings (latency, faults) and returns named figures. Add a
 * scenario by appending to {@link SCENARIOS}; the runner prints each figure and a final JSON line.
 */
import { z } from 'zod';
import type { GraphConnection } from '../../src/service/graph/client';
import { odataQuery } from '../../src/service/graph/client';
import { paged } from '../../src/service/graph/paging';
import type { ConversationEventInput } from '../../src/service/graph/events';
import { createConversationEvents } from '../../src/service/graph/events';
import { provisionMusSite } from '../../src/service/sharepoint';
import type { FaultRule, SandboxHarness } from '../service/graph/sandboxHarness';
import { bookingScenario } from './scenarios/booking';
import { hrScenario } from './scenarios/hr';
import { loadScenario } from './scenarios/load';
import { pagesScenario } from './scenarios/pages';

export type Figures = Record<string, number>;

export interface BenchContext {
  readonly sandbox: SandboxHarness;
  /** The demo leader with the most direct reports, and those reports. */
  readonly leader: { readonly upn: string; readonly reports: readonly { upn: string; name: string }[] };
}

export interface Scenario {
  /** Key of the scenario's figures in the final JSON. */
  readonly name: string;
  readonly description: string;
  /** Fault rules set on the sandbox for the scenario (cleared after it). */
  readonly faults: readonly FaultRule[];
  run(context: BenchContext): Promise<Figures>;
}

const elapsed = (start: number): number => Math.round(performance.now() - start);

const calendarEvent = z.looseObject({ subject: z.string().nullish(), transactionId: z.string().nullish() });

/** Events in the leader's calendar with this subject: how many, and how many distinct transactionIds. */
async function countEvents(
  connection: GraphConnection,
  subject: string,
): Promise<{ count: number; distinct: number }> {
  const path = `/me/events${odataQuery({ $top: 200, $select: 'subject,transactionId' })}`;
  const events = await paged(connection, path, (raw) => calendarEvent.parse(raw));
  const ids = events.filter((e) => e.subject === subject).map((e) => e.transactionId);
  return { count: ids.length, distinct: new Set(ids).size };
}

function conversations(context: BenchContext, tag: string, n: number): ConversationEventInput[] {
  return Array.from({ length: n }, (_, i) => {
    const report = context.leader.reports[i % context.leader.reports.length] ?? { upn: '', name: '' };
    const day = String(1 + (i % 25)).padStart(2, '0');
    const hour = String(8 + (i % 7)).padStart(2, '0');
    return {
      conversationId: `bench-${tag}-${i}`,
      subject: `MUS bench ${tag}`,
      start: `2027-04-${day}T${hour}:00:00`,
      end: `2027-04-${day}T${hour}:45:00`,
      attendees: [{ address: report.upn, name: report.name }],
      agenda: {
        heading: 'Dagsorden',
        topics: ['Siden sidst', 'Trivsel', 'Udviklingsmål og udviklingsaktiviteter'],
      },
    };
  });
}

function eventsScenario(
  name: string,
  description: string,
  faults: FaultRule[],
  n: number,
  shape: 'chains' | 'parallel' = 'chains',
): Scenario {
  return {
    name,
    description,
    faults,
    async run(context) {
      const factory = context.sandbox.factory();
      const connection = factory.forUser(await context.sandbox.apiToken(context.leader.upn));
      await connection.client.api('/me').get(); // token exchange and warm-up outside the measurement
      connection.stats.reset();
      const start = performance.now();
      const report = await createConversationEvents(connection, conversations(context, name, n), {
        maxRounds: 12,
        shape,
      });
      const ms = elapsed(start);
      const roundTrips = connection.stats.roundTrips;
      await context.sandbox.clearFaults();
      const { count, distinct } = await countEvents(connection, `MUS bench ${name}`);
      return {
        roundTrips,
        ms,
        batchCalls: report.batch.batchCalls,
        rounds: report.batch.rounds,
        eventsCreated: count,
        duplicates: count - distinct,
        failed: report.results.filter((r) => !r.ok).length,
      };
    },
  };
}

const LATENCY_100: FaultRule = { path: '^/v1\\.0/', latencyMs: 100, target: 'outer' };

export const SCENARIOS: Scenario[] = [
  {
    name: 'provisioning',
    description: 'provision the MUS lists on the empty demo site (app-only), then provision again',
    faults: [],
    async run(context) {
      const connection = context.sandbox.factory().app();
      const start = performance.now();
      const first = await provisionMusSite(connection, { siteSearch: context.sandbox.config.siteSearch });
      const ms = elapsed(start);
      const again = performance.now();
      const second = await provisionMusSite(connection, { siteSearch: context.sandbox.config.siteSearch });
      return {
        roundTrips: first.roundTrips,
        ms,
        writes: first.writes,
        lists: first.createdLists.length,
        rerunRoundTrips: second.roundTrips,
        rerunMs: elapsed(again),
        rerunWrites: second.writes,
      };
    },
  },
  eventsScenario(
    'events30Latency100',
    '30 conversation events through $batch (4 dependsOn chains of 5), 100 ms latency per HTTP round trip',
    [LATENCY_100],
    30,
  ),
  eventsScenario(
    'events30Latency100Throttle10',
    'the same with 10% of Graph requests (outer and inner) answered 429, Retry-After: 1',
    [LATENCY_100, { path: '^/v1\\.0/', status: 429, rate: 0.1, retryAfter: 1, seed: 42 }],
    30,
  ),
  eventsScenario(
    'events30Latency100Parallel',
    'for comparison: 30 events as unchained batches of 20 (the mailbox serves 4 at a time), 100 ms latency',
    [LATENCY_100],
    30,
    'parallel',
  ),
  loadScenario,
  bookingScenario,
  pagesScenario,
  hrScenario,
];
