/**
 * Load scenario `load`: N simulated meetings (LOAD_MEETINGS, default 100) × 2 participants for LOAD_SECONDS
 * (default 60) against the MUS service on the sandbox — tokens from its /oidc, roles from its Graph directory,
 * records in the MUS SharePoint lists — through LOAD_INSTANCES service instances (default 1; each request to
 * the next, as a round-robin front end does). Two models:
 * - the default: the meeting as the side panel runs it, both typing, each side panel's one coalesced saver
 *   writing the record (`typing.ts`; LOAD_SAVE_SECONDS overrides the saver's interval), with the sandbox
 *   metering SharePoint's resource units at the tier of LOAD_LICENCES (default 3,000: 2,400 units a minute).
 *   Figures: units per minute, p95, 429s, lost updates.
 * - LOAD_SAVE_SECONDS=0: every keystroke-burst saved at once, saturating (the model of issue 7's figures). Each
 *   write appends a unique word; a 412 takes the current version from the answer and re-applies (the
 *   client-side merge). Figures: requests and requests/s, p50/p95/p99 latency of every request, the same after
 *   a warm-up (LOAD_WARMUP_SECONDS, default 5: cold item-id and directory caches), p50/p95 per operation
 *   (read notes, write a note, read goals, write a goal), errors (5xx, network, or any refusal other than
 *   412/428), and lost updates (acknowledged words missing from the final records: must be 0).
 * The services and the sandbox each run in their own child process, so the 200 clients do not take the
 * servers' event loop (`BENCH_IN_PROCESS=1` puts all in one process, as before; `BENCH_PROFILE_DIR=<dir>` writes
 * CPU profiles of the children). LOAD_THINK_MS adds a pause between a participant's edits in the saturating
 * model (default 0).
 * Run: `npm run bench -- load` (with the other scenarios: `npm run bench`), or `LOAD_SECONDS=5 npx tsx
 * test/bench/scenarios/load.ts`. LOAD_LATENCY_MS adds that latency to every Graph request (default 0).
 */
import { loadavg } from 'node:os';
import { z } from 'zod';
import type { Reply } from '../../service/api/http';
import { startSandbox, type FaultRule, type SandboxHarness } from '../../service/graph/sandboxHarness';
import { inProcess, startSandboxProcess } from '../processes/spawn';
import type { BenchContext, Figures, Scenario } from '../scenarios';
import { makeMeetings, meterOf, percentile, servicesOn } from './meetings';
import { runTyping } from './typing';

const MEETINGS = Number(process.env.LOAD_MEETINGS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const LATENCY_MS = Number(process.env.LOAD_LATENCY_MS ?? 0);
/** Requests started in the first seconds (cold caches: item ids, directory) are left out of the steady figures. */
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 5);
/**
 * Pause of each participant between two edits (default 0: a closed loop, so the servers are saturated and
 * latency ≈ 200 clients / throughput). A pause like a person's shows the latency below saturation.
 */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 0);
/** The saver's interval in seconds in the meeting model (-1: the product's); 0 = the saturating model. */
const SAVE_SECONDS = Number(process.env.LOAD_SAVE_SECONDS ?? -1);
/** The tenant's licences, which set SharePoint's budget (3,000: the 1k-5k tier, 2,400 units a minute). */
const LICENCES = Number(process.env.LOAD_LICENCES ?? 3000);
/** MUS service instances behind one address (each request to the next). */
const INSTANCES = Number(process.env.LOAD_INSTANCES ?? 1);

const versionSchema = z.object({
  etag: z.string(),
  value: z.looseObject({
    topicId: z.string().optional(),
    id: z.string().optional(),
    text: z.string().optional(),
    goal: z.string().optional(),
  }),
});
const notesSchema = z.array(z.object({ value: z.object({ topicId: z.string(), text: z.string() }) }));
const goalsSchema = z.array(z.object({ value: z.object({ id: z.string(), goal: z.string().optional() }) }));

type Operation = 'readNotes' | 'writeNote' | 'readGoals' | 'writeGoal';

async function runLoad(sandbox: SandboxHarness): Promise<Figures> {
  const services = await servicesOn(sandbox, INSTANCES);
  const { call } = services;
  try {
    if (SAVE_SECONDS !== 0) {
      const meter = meterOf(sandbox.url);
      await meter.tier(LICENCES);
      const meetings = await makeMeetings(sandbox, call, MEETINGS);
      const figures = await runTyping(
        call,
        meetings,
        { seconds: SECONDS, ...(SAVE_SECONDS > 0 ? { saveSeconds: SAVE_SECONDS } : {}) },
        {
          measure: meter.clear,
          measured: meter.read,
        },
      );
      await meter.tier(null);
      return { ...figures, instances: INSTANCES, licences: LICENCES };
    }
    const meetings = await makeMeetings(sandbox, call, MEETINGS);
    const latencies: number[] = [];
    const steady: number[] = [];
    let steadyFrom = Infinity;
    const byOperation: Record<Operation, number[]> = {
      readNotes: [],
      writeNote: [],
      readGoals: [],
      writeGoal: [],
    };
    let errors = 0;
    const acked = new Map<string, string[]>(); // record path -> words acknowledged
    const timed = async (method: string, path: string, options: Parameters<typeof call>[2]) => {
      const t = performance.now();
      const r = await call(method, path, options).catch(() => undefined);
      const ms = performance.now() - t;
      latencies.push(ms);
      if (t >= steadyFrom) steady.push(ms);
      const goal = path.includes('/goals');
      byOperation[
        method === 'GET' ? (goal ? 'readGoals' : 'readNotes') : goal ? 'writeGoal' : 'writeNote'
      ].push(ms);
      if (!r || (r.status >= 400 && r.status !== 412 && r.status !== 428)) {
        errors += 1;
        if (process.env.LOAD_DEBUG) console.error(method, path, r?.status, r?.text.slice(0, 400));
      }
      return r;
    };

    /** The current version of a topic's note or of a goal, as a client reads it (from the conversation's list). */
    async function read(token: string, base: string, list: 'notes' | 'goals', id: string) {
      const r = await timed('GET', `${base}/${list}`, { token });
      const items = z.array(versionSchema).safeParse(r?.body);
      return items.data?.find((x) => x.value.topicId === id || x.value.id === id);
    }

    /**
     * Appends a word to a record, merging on 412 (the answer carries the current version) and re-reading on
     * 428 (someone else wrote the first version since we read).
     */
    async function append(
      token: string,
      at: { base: string; list: 'notes' | 'goals'; id: string },
      word: string,
      field: 'text' | 'goal',
      body: (t: string) => object,
    ) {
      const path = `${at.base}/${at.list}/${at.id}`;
      let current = await read(token, at.base, at.list, at.id);
      for (let attempt = 0; attempt < 20; attempt++) {
        const text = current?.value[field] ?? '';
        const headers: Record<string, string> = current ? { 'if-match': current.etag } : {};
        const r: Reply | undefined = await timed('PUT', path, {
          token,
          headers,
          body: body(`${text} ${word}`.trim()),
        });
        if (r?.status === 200) {
          acked.set(path, [...(acked.get(path) ?? []), word]);
          return;
        }
        if (r?.status === 412) current = versionSchema.parse(r.body.current);
        else if (r?.status === 428) current = await read(token, at.base, at.list, at.id);
        else return;
      }
      errors += 1; // gave up after 20 merges
    }

    const meter = meterOf(sandbox.url);
    await meter.clear();
    const started = performance.now();
    steadyFrom = started + WARMUP_SECONDS * 1000;
    const deadline = Date.now() + SECONDS * 1000;
    let n = 0;
    await Promise.all(
      meetings.flatMap((m) =>
        (['leader', 'employee'] as const).map(async (who) => {
          const topics = m.conv.topics;
          const base = `/api/conversations/${m.conv.id}`;
          while (Date.now() < deadline) {
            if (THINK_MS > 0)
              await new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
            const word = `${who}-${++n}`;
            if (n % 3 === 0) {
              await append(m.tokens[who], { base, list: 'goals', id: m.goalId }, word, 'goal', (t) => ({
                goal: t.slice(-1900),
              }));
            } else {
              // Both type into a shared topic half the time, into a topic of their own otherwise.
              const topic = topics[n % 2 === 0 ? 0 : who === 'leader' ? 1 : 2] ?? topics[0];
              await append(m.tokens[who], { base, list: 'notes', id: topic ?? '' }, word, 'text', (t) => ({
                text: t,
              }));
            }
          }
        }),
      ),
    );

    const elapsedS = (performance.now() - started) / 1000;
    const used = await meter.read();
    // Lost updates: every acknowledged word must be in the final record (goal texts keep their last
    // 1,900 characters by design, so only their last 20 words are checked).
    let lost = 0;
    let checked = 0;
    for (const m of meetings) {
      const base = `/api/conversations/${m.conv.id}`;
      const notes = notesSchema.parse((await call('GET', `${base}/notes`, { token: m.tokens.leader })).body);
      const goals = goalsSchema.parse(
        (await call('GET', `${base}/goals`, { token: m.tokens.employee })).body,
      );
      for (const [path, words] of acked) {
        if (!path.startsWith(`${base}/`)) continue;
        const isGoal = path.includes('/goals/');
        const final = isGoal
          ? (goals.find((g) => path.endsWith(`/${g.value.id}`))?.value.goal ?? '')
          : (notes.find((x) => path.endsWith(`/${x.value.topicId}`))?.value.text ?? '');
        for (const w of isGoal ? words.slice(-20) : words) {
          checked += 1;
          if (!` ${final} `.includes(` ${w} `)) lost += 1;
        }
      }
    }
    const perOperation = Object.fromEntries(
      Object.entries(byOperation).flatMap(([op, ms]) => [
        [`${op}N`, ms.length],
        [`${op}P50`, percentile(ms, 50)],
        [`${op}P95`, percentile(ms, 95)],
      ]),
    );
    return {
      meetings: meetings.length,
      seconds: SECONDS,
      latencyMs: LATENCY_MS,
      thinkMs: THINK_MS,
      requests: latencies.length,
      requestsPerSecond: Math.round(latencies.length / elapsedS),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      steadyRequests: steady.length,
      steadyP50: percentile(steady, 50),
      steadyP95: percentile(steady, 95),
      steadyP99: percentile(steady, 99),
      ...perOperation,
      errors,
      ackedWrites: [...acked.values()].reduce((s, w) => s + w.length, 0),
      checked,
      lostUpdates: lost,
      sharePointUnitsPerRequest: Math.round((100 * used.units) / Math.max(1, latencies.length)) / 100,
    };
  } finally {
    await services.close();
  }
}

export const loadScenario: Scenario = {
  name: 'load',
  description:
    SAVE_SECONDS !== 0
      ? `${MEETINGS} meetings × 2 typing for ${SECONDS} s, each side panel's coalesced saver, ${INSTANCES} instance(s), SharePoint metered at ${LICENCES} licences`
      : `${MEETINGS} meetings × 2 participants editing notes and goals for ${SECONDS} s through the MUS service (SharePoint lists, ${LATENCY_MS} ms added per Graph request)`,
  faults:
    LATENCY_MS > 0 ? [{ path: '^/v1\\.0/', latencyMs: LATENCY_MS, target: 'outer' } satisfies FaultRule] : [],
  async run(context: BenchContext) {
    const figures = await runLoad(context.sandbox);
    if (figures.lostUpdates !== 0 || figures.errors !== 0) process.exitCode = 1;
    return figures;
  },
};

if (require.main === module) {
  void (async () => {
    const sandbox = inProcess() ? await startSandbox() : await startSandboxProcess();
    try {
      if (loadScenario.faults.length) await sandbox.faults({ rules: [...loadScenario.faults] });
      const f = await runLoad(sandbox);
      const where = inProcess() ? 'one process' : 'sandbox and services in child processes';
      if (SAVE_SECONDS !== 0) {
        console.log(
          `load: ${f.meetings} meetings × 2 typing, a save per side panel at most every ${f.saveIntervalSeconds}s (${f.saves} saves), ${f.seconds}s, ${INSTANCES} instance(s), ${where}; load average ${loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')}`,
        );
        console.log(
          `SharePoint units/min ${f.unitsPerMinute} (fullest minute ${f.peakMinuteUnits}; budget ${f.licences} licences)  429s ${f.throttled}`,
        );
        console.log(
          `${f.requests} requests (${f.requestsPerSecond}/s)  latency ms: p50 ${f.p50}  p95 ${f.p95}  p99 ${f.p99}`,
        );
      } else {
        console.log(
          `load: ${f.meetings} meetings × 2 participants, ${f.seconds}s, think ${f.thinkMs} ms, ${f.requests} requests (${f.requestsPerSecond}/s), ${INSTANCES} instance(s), ${where}`,
        );
        console.log(`latency ms: p50 ${f.p50}  p95 ${f.p95}  p99 ${f.p99}`);
        console.log(
          `after ${WARMUP_SECONDS}s warm-up: ${f.steadyRequests} requests, p50 ${f.steadyP50}  p95 ${f.steadyP95}  p99 ${f.steadyP99}`,
        );
        for (const op of ['readNotes', 'writeNote', 'readGoals', 'writeGoal'])
          console.log(`  ${op}: n ${f[`${op}N`]}  p50 ${f[`${op}P50`]}  p95 ${f[`${op}P95`]}`);
        console.log(`SharePoint units per API request: ${f.sharePointUnitsPerRequest}`);
      }
      console.log(
        `errors: ${f.errors}  acknowledged writes checked: ${f.checked}  lost updates: ${f.lostUpdates}`,
      );
      if (f.lostUpdates !== 0 || f.errors !== 0) process.exitCode = 1;
    } finally {
      await sandbox.close();
    }
  })();
}
