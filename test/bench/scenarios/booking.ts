/**
 * Bench scenario `booking` (`npm run bench -- booking`): the durable booking job for rounds of 10, 30 and 100
 * conversations with 100 ms added Graph latency, with and without 10 % throttling (outer and inner 429s). The
 * queue is Azurite's, the records are the MUS SharePoint lists on the sandbox; the job runs in this process's
 * worker (`jobs/booking.ts`), started through the booking port. The demo organisation's largest team has 30
 * people, so a round of 100 books each of Lars's reports three or four times (extra conversation records).
 * Figures: Graph round trips by kind (from the sandbox's request log), 429 answers, wall time from the start
 * to the job's end, meetings created (must be N) and duplicates (must be 0). The budget is the issue's
 * 2 + 6⌈N/20⌉ for the per-conversation work (events, chats, apps, tabs, conversation records, notifications)
 * and the directory; the job's bookkeeping (reading the round and its conversations, writing its progress on
 * the round) is shown beside it, and `wall / (all round trips × 100 ms)` should stay below 2.
 * `BOOKING_SIZES=10` runs fewer.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversationId, personId } from '../../../src/domain';
import type { Caller } from '../../../src/service/auth/tokenValidator';
import { startAzurite } from '../../../src/service/jobs/azurite';
import { createBooking, type BookingPort } from '../../../src/service/jobs/booking';
import { loadJobSettings } from '../../../src/service/jobs/settings';
import { createCollections, type Collections } from '../../../src/service/records/collection';
import { createSharePointRecordStore } from '../../../src/service/records/sharePointRecordStore';
import { provisionMusSite } from '../../../src/service/sharepoint';
import { client } from '../../service/api/http';
import type { FaultRule, SandboxHarness } from '../../service/graph/sandboxHarness';
import { createRound, musEvents, slotsFor, type RoundConversation } from '../../service/jobs/bookingWorld';
import { spawnServer } from '../processes/spawn';
import type { Figures, Scenario } from '../scenarios';

const LATENCY: FaultRule = { path: '^/v1\\.0/', latencyMs: 100, target: 'outer' };
const THROTTLE: FaultRule = { path: '^/v1\\.0/', status: 429, rate: 0.1, retryAfter: 1, seed: 42 };
const POLL_MS = 250;
const LATENCY_MS = 100;
/** The round trips of the per-conversation work and the directory (the budget's), in the table's order. */
const MEETING_KINDS = [
  'events',
  'onlineMeetings',
  'installedApps',
  'tabs',
  'records',
  'notifications',
  'directory',
  'batchRefused',
];

type LogEntry = Awaited<ReturnType<SandboxHarness['log']>>[number];

/** The kind of one outer Graph request: a batch by what its requests do, else by its path. */
function kindOf(entry: LogEntry): string {
  const path = entry.inner?.[0]?.path ?? entry.path;
  const kinds: [RegExp, string][] = [
    [/\/events$/, 'events'],
    [/onlineMeetings/, 'onlineMeetings'],
    [/installedApps/, 'installedApps'],
    [/\/tabs/, 'tabs'],
    [/sendActivityNotification/, 'notifications'],
    [/directReports|\/me$/, 'directory'],
    // The conversation records go in $batches; a single SharePoint request is the job's bookkeeping.
    [/\/sites\//, entry.inner?.length ? 'records' : 'bookkeeping'],
    // A batch refused as a whole (outer 429) carries no requests: the retry stage sends it again.
    [/\$batch$/, 'batchRefused'],
  ];
  return kinds.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/** A round of `n` conversations of the leader's reports: the API's round, plus extra records past the team. */
async function roundOf(
  setup: Setup,
  n: number,
): Promise<{ roundId: string; conversations: RoundConversation[] }> {
  const team = setup.reports.slice(0, Math.min(n, setup.reports.length));
  const round = await createRound(setup.call, setup.token, team);
  const base = await setup.records.conversations.require(round.conversations[0]?.conversationId ?? '');
  const extra: RoundConversation[] = [];
  for (let i = round.conversations.length; i < n; i += 1) {
    const employeeId = team[i % team.length] ?? '';
    const cid = conversationId(randomUUID());
    await setup.records.conversations.create(cid, {
      ...base.value,
      id: cid,
      employeeId: personId(employeeId),
      agenda: { ...base.value.agenda, conversationId: cid },
    });
    extra.push({ conversationId: cid, employeeId });
  }
  return { roundId: round.roundId, conversations: [...round.conversations, ...extra] };
}

interface Setup {
  readonly sandbox: SandboxHarness;
  readonly call: ReturnType<typeof client>;
  readonly token: string;
  readonly caller: Caller;
  readonly leaderUpn: string;
  readonly reports: string[];
  readonly records: Collections;
  readonly booking: BookingPort;
}

async function measure(setup: Setup, n: number, faults: FaultRule[]): Promise<Figures> {
  const { roundId, conversations } = await roundOf(setup, n);
  await setup.sandbox.clearLog();
  await setup.sandbox.faults({ rules: faults });
  const start = performance.now();
  const round = await setup.records.rounds.require(roundId);
  const slots = slotsFor(conversations).map((slot) => ({
    ...slot,
    conversationId: conversationId(slot.conversationId),
  }));
  await setup.booking.start(round, setup.caller, slots);
  let polls = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    polls += 1;
    const state = (await setup.records.rounds.require(roundId)).value.booking?.state;
    if (state === 'done' || state === 'failed') break;
  }
  const ms = Math.round(performance.now() - start);
  await setup.sandbox.clearFaults();
  const log = (await setup.sandbox.log()).filter((e) => e.path.startsWith('/v1.0/'));
  const byKind: Record<string, number> = {};
  for (const entry of log) byKind[kindOf(entry)] = (byKind[kindOf(entry)] ?? 0) + 1;
  // The bench's own polls of the round are SharePoint reads too: not the job's.
  byKind.bookkeeping = (byKind.bookkeeping ?? 0) - polls - 1;
  const throttled = log.reduce(
    (sum, e) => sum + (e.status === 429 ? 1 : 0) + (e.inner ?? []).filter((i) => i.status === 429).length,
    0,
  );
  const ids = new Set(conversations.map((c) => c.conversationId));
  const events = (await musEvents(setup.sandbox.url, setup.sandbox.userToken, setup.leaderUpn)).filter((e) =>
    ids.has(e.transactionId ?? ''),
  );
  const job = (await setup.records.rounds.require(roundId)).value.booking;
  const meetingWork = MEETING_KINDS.reduce((sum, k) => sum + (byKind[k] ?? 0), 0);
  const all = meetingWork + (byKind.bookkeeping ?? 0) + (byKind.other ?? 0);
  return {
    n,
    ms,
    meetingRoundTrips: meetingWork,
    budget: 2 + 6 * Math.ceil(n / 20),
    roundTrips: all,
    wallPerLatency: Math.round((ms / (all * LATENCY_MS)) * 100) / 100,
    ...byKind,
    throttled,
    done: job?.done ?? 0,
    meetingsCreated: events.length,
    duplicates: events.length - new Set(events.map((e) => e.transactionId)).size,
  };
}

/** The round sizes (`BOOKING_SIZES=10,30` for fewer). */
const SIZES = (process.env.BOOKING_SIZES ?? '10,30,100').split(',').map(Number);
const RUNS: { readonly name: string; readonly n: number; readonly faults: FaultRule[] }[] = SIZES.flatMap(
  (n) => [
    { name: `n${n}`, n, faults: [LATENCY] },
    { name: `n${n}Throttle10`, n, faults: [LATENCY, THROTTLE] },
  ],
);

export const bookingScenario: Scenario = {
  name: 'booking',
  description:
    'booking jobs of 10, 30 and 100 conversations, 100 ms latency, with and without 10 % throttling',
  faults: [],
  async run(context) {
    const folder = mkdtempSync(join(tmpdir(), 'mus-bench-queue-'));
    const azurite = await startAzurite({ location: folder });
    const service = await spawnServer('service.ts', { BENCH_SANDBOX_URL: context.sandbox.url });
    const sandbox = context.sandbox;
    const app = sandbox.factory().app();
    const site = await provisionMusSite(app, { siteSearch: sandbox.config.siteSearch });
    const records = createCollections(createSharePointRecordStore(app, site));
    const settings = loadJobSettings(
      {},
      { connectionString: azurite.connectionString, queueName: 'mus-bench' },
    );
    if (!settings) throw new Error('no queue settings');
    const booking = await createBooking({ settings, records, graph: sandbox.factory() });
    try {
      const users = await sandbox.users();
      const leader = users.find((u) => u.userPrincipalName === context.leader.upn);
      const token = await sandbox.apiToken(context.leader.upn);
      const setup: Setup = {
        sandbox,
        call: client(service.url),
        token,
        caller: {
          userId: leader?.id ?? '',
          tenantId: sandbox.config.tenantId,
          name: leader?.displayName ?? '',
          token,
        },
        leaderUpn: context.leader.upn,
        reports: users.filter((u) => u.managerId === leader?.id).map((u) => u.id),
        records,
        booking,
      };
      const figures: Figures = {};
      const table = [
        '| run | N | wall ms | round trips (budget) | events | onlineMeetings | installedApps | tabs | records | notifications | directory | batches refused | bookkeeping | all round trips | wall ÷ (all × 100 ms) | 429s | meetings | duplicates |',
        '|' + ' --- |'.repeat(18),
      ];
      for (const run of RUNS) {
        const f = await measure(setup, run.n, run.faults);
        Object.entries(f).forEach(([k, v]) => (figures[`${run.name}.${k}`] = v));
        const kinds = [...MEETING_KINDS, 'bookkeeping', 'roundTrips', 'wallPerLatency'].map((k) => f[k] ?? 0);
        table.push(
          `| ${run.faults.length > 1 ? '10 % throttled' : 'no throttling'} | ${run.n} | ${f.ms} | ${f.meetingRoundTrips} (${f.budget}) | ${kinds.join(' | ')} | ${f.throttled} | ${f.meetingsCreated} | ${f.duplicates} |`,
        );
      }
      console.log(table.join('\n'));
      return figures;
    } finally {
      await booking.close();
      await service.close();
      await azurite.close();
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
