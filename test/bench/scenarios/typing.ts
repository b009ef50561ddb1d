/**
 * The meeting model of `npm run bench -- load` (the default): in each of N meetings both people type steadily,
 * and each side panel saves the record with the product's own saver (`CoalescedSaves`,
 * src/application/meeting/coalescedSaves.ts: on a pause, at most every `intervalMs` while typing, at once on
 * a topic change; LOAD_SAVE_SECONDS overrides the interval). The live layer carries the keystrokes between
 * them (not HTTP, not modelled here) and, as in the product, each save's eTag, so the next save of either is
 * based on the latest version (`LOAD_SHARED_ETAG=0`: each knows only its own saves, more 412s). A person types
 * a word about every 0.8 s in bursts of 3-12 s with pauses of 1-5 s, in their own topic mostly, now and then
 * in the topic they share or the goal, changing field with probability LOAD_SWITCH (default 0.05) per burst;
 * a 412 re-applies the words not yet saved on the current text (the merge). Each person first opens the
 * meeting (the conversation, its notes and goals) and has saved its own topic once through its saver, so the
 * measured minutes are those of a meeting under way; the panels close after them (their last saves are not
 * in the figures, but in the lost-update check). Figures: SharePoint resource units per minute from the sandbox's meter
 * (and the fullest minute), requests, requests/s, p50/p95, 429s (the meter's refusals and any 429 the
 * clients saw), errors, lost updates (acknowledged words missing from the final records).
 */
import { CoalescedSaves, SAVE_TIMING } from '../../../src/application/meeting/coalescedSaves';
import type { Call, Reply } from '../../service/api/http';
import type { Meeting } from './meetings';
import { percentile } from './meetings';

type Party = 'leader' | 'employee';
interface Known {
  etag: string | undefined;
  text: string;
}

export interface TypingSettings {
  readonly seconds: number;
  /** The saver's interval in seconds (the product's when 0 or absent). */
  readonly saveSeconds?: number;
}

export interface TypingRun {
  /** Starts the measured window (after the meetings are made and opened). */
  readonly measure: () => Promise<void>;
  /** Ends it: the meter's units, refusals and fullest minute since `measure`. */
  readonly measured: () => Promise<{ units: number; throttled: number; peak: number }>;
}

const SWITCH = Number(process.env.LOAD_SWITCH ?? 0.05);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (low: number, high: number) => low + Math.random() * (high - low);

/** Who knows a record's latest version: the meeting (the live layer shares each save's eTag), or each party. */
const holder = (m: Meeting, who: Party): string =>
  process.env.LOAD_SHARED_ETAG === '0' ? `${m.conv.id}/${who}` : m.conv.id;

/** The topic a party types into most: the second for the leader, the third for the employee. */
const ownTopic = (m: Meeting, who: Party): string =>
  m.conv.topics[who === 'leader' ? 1 : 2] ?? m.conv.topics[0] ?? '';

export async function runTyping(call: Call, meetings: Meeting[], settings: TypingSettings, run: TypingRun) {
  const latencies: number[] = [];
  let errors = 0;
  let seen429 = 0;
  const acked = new Map<string, string[]>();
  const timing = settings.saveSeconds
    ? { ...SAVE_TIMING, intervalMs: settings.saveSeconds * 1000 }
    : SAVE_TIMING;
  const timed = async (method: string, path: string, options: Parameters<Call>[2]) => {
    const t = performance.now();
    const r: Reply | undefined = await call(method, path, options).catch(() => undefined);
    latencies.push(performance.now() - t);
    if (r?.status === 429) seen429 += 1;
    if (!r || (r.status >= 400 && r.status !== 412 && r.status !== 428)) {
      errors += 1;
      if (process.env.LOAD_DEBUG) console.error(method, path, r?.status, r?.text.slice(0, 300));
    }
    return r;
  };

  /** Saves `words` appended to what `who` knows of the record; merges on 412 and 428. */
  async function save(m: Meeting, who: Party, path: string, words: string[]): Promise<boolean> {
    const known = knowledge.get(holder(m, who)) ?? new Map<string, Known>();
    const goal = path.includes('/goals/');
    for (let attempt = 0; attempt < 10; attempt++) {
      const k = known.get(path) ?? { etag: undefined, text: goal ? 'Mål' : '' };
      const text = [k.text, ...words].join(' ').trim();
      const r = await timed('PUT', path, {
        token: m.tokens[who],
        headers: k.etag ? { 'if-match': k.etag } : {},
        body: goal ? { goal: text.slice(-1900) } : { text },
      });
      const now = (v: { etag: string; value: { text?: string; goal?: string } }) =>
        known.set(path, { etag: v.etag, text: (goal ? v.value.goal : v.value.text) ?? '' });
      if (r?.status === 200) {
        now(r.body);
        acked.set(path, [...(acked.get(path) ?? []), ...words]);
        return true;
      }
      if (r?.status === 412) now(r.body.current);
      else if (r?.status === 428) {
        const list = await timed('GET', `/api/conversations/${m.conv.id}/notes`, { token: m.tokens[who] });
        const topic = path.split('/').at(-1);
        const found = (list?.body ?? []).find(
          (n: { value: { topicId: string } }) => n.value.topicId === topic,
        );
        if (found) now(found);
      } else return false;
    }
    errors += 1;
    return false;
  }

  /** One side panel: what its person typed and not yet saved, and its saver (the product's). */
  const panel = (m: Meeting, who: Party) => {
    const unsaved = new Map<string, string[]>();
    const saver = new CoalescedSaves(timing);
    saver.use(async () => {
      const batch = [...unsaved];
      unsaved.clear();
      const done = await Promise.all(
        batch.map(async ([path, words]) => {
          const ok = await save(m, who, path, words);
          // Not saved: the words stay for the next save (the product keeps them on screen and in the draft).
          if (!ok) unsaved.set(path, [...words, ...(unsaved.get(path) ?? [])]);
          return ok;
        }),
      );
      return done.every(Boolean);
    });
    const type = (path: string, word: string) => {
      unsaved.set(path, [...(unsaved.get(path) ?? []), word]);
      saver.changed();
    };
    return { saver, type };
  };
  const panels = new Map<string, ReturnType<typeof panel>>();

  // Each participant opens the meeting: the conversation, its notes and goals.
  const knowledge = new Map<string, Map<string, Known>>();
  await Promise.all(
    meetings.flatMap((m) =>
      (['leader', 'employee'] as const).map(async (who) => {
        const base = `/api/conversations/${m.conv.id}`;
        const known = knowledge.get(holder(m, who)) ?? new Map<string, Known>();
        knowledge.set(holder(m, who), known);
        await timed('GET', base, { token: m.tokens[who] });
        await timed('GET', `${base}/notes`, { token: m.tokens[who] });
        const goals = await timed('GET', `${base}/goals`, { token: m.tokens[who] });
        for (const g of goals?.body ?? [])
          known.set(`${base}/goals/${g.value.id}`, { etag: g.etag, text: g.value.goal ?? '' });
        // The meeting is under way: each has saved its own topic once, the leader the shared one too; the
        // meetings started at different moments of the saver's interval, not on the same second.
        await sleep(Math.random() * timing.intervalMs);
        const side = panel(m, who);
        panels.set(`${m.conv.id}/${who}`, side);
        side.type(`${base}/notes/${ownTopic(m, who)}`, `${who}-start`);
        if (who === 'leader') side.type(`${base}/notes/${m.conv.topics[0] ?? ''}`, 'start');
        await side.saver.flush();
      }),
    ),
  );

  latencies.length = 0;
  await run.measure();
  const started = performance.now();
  const deadline = Date.now() + settings.seconds * 1000;
  let n = 0;
  /** One person at their side panel: typing in bursts, the product's saver writing the record. */
  async function person(m: Meeting, who: Party) {
    const base = `/api/conversations/${m.conv.id}`;
    const fieldOf = (dice: number) =>
      dice < 0.1
        ? `${base}/goals/${m.goalId}`
        : `${base}/notes/${dice < 0.4 ? (m.conv.topics[0] ?? '') : ownTopic(m, who)}`;
    const side = panels.get(`${m.conv.id}/${who}`) ?? panel(m, who);
    let field = `${base}/notes/${ownTopic(m, who)}`;
    while (Date.now() < deadline) {
      if (Math.random() < SWITCH) {
        field = fieldOf(Math.random());
        await side.saver.flush(); // a topic change saves at once
      }
      const burstEnds = Date.now() + between(3000, 12_000);
      while (Date.now() < Math.min(burstEnds, deadline)) {
        side.type(field, `${who}-${++n}`);
        await sleep(between(500, 1100));
      }
      await sleep(between(1000, 5000));
    }
  }
  const savesBefore = [...panels.values()].reduce((sum, p) => sum + p.saver.saves, 0);
  await Promise.all(meetings.flatMap((m) => [person(m, 'leader'), person(m, 'employee')]));
  const saves = [...panels.values()].reduce((sum, p) => sum + p.saver.saves, 0) - savesBefore;
  const measuredRequests = latencies.length;
  const elapsedS = (performance.now() - started) / 1000;
  const meter = await run.measured();
  const measured = latencies.splice(0, measuredRequests);
  // The panels close (after the measured minutes: 200 people do not close them on the same second).
  await Promise.all(
    [...panels.values()].map(async (p) => {
      await p.saver.flush();
      p.saver.dispose();
    }),
  );

  // Lost updates: every acknowledged word must be in the final record (goals keep their last 1,900 characters).
  let lost = 0;
  let checked = 0;
  for (const m of meetings) {
    const base = `/api/conversations/${m.conv.id}`;
    const notes = (await call('GET', `${base}/notes`, { token: m.tokens.leader })).body ?? [];
    const goals = (await call('GET', `${base}/goals`, { token: m.tokens.employee })).body ?? [];
    for (const [path, words] of acked) {
      if (!path.startsWith(`${base}/`)) continue;
      const isGoal = path.includes('/goals/');
      const final: string = isGoal
        ? (goals.find((g: { value: { id: string } }) => path.endsWith(`/${g.value.id}`))?.value.goal ?? '')
        : (notes.find((x: { value: { topicId: string } }) => path.endsWith(`/${x.value.topicId}`))?.value
            .text ?? '');
      for (const w of isGoal ? words.slice(-20) : words) {
        checked += 1;
        if (!` ${final} `.includes(` ${w} `)) lost += 1;
      }
    }
  }
  return {
    meetings: meetings.length,
    seconds: settings.seconds,
    saveIntervalSeconds: timing.intervalMs / 1000,
    saves,
    unitsPerMinute: Math.round(meter.units / (elapsedS / 60)),
    peakMinuteUnits: meter.peak,
    throttled: meter.throttled + seen429,
    requests: measured.length,
    requestsPerSecond: Math.round((10 * measured.length) / elapsedS) / 10,
    p50: percentile(measured, 50),
    p95: percentile(measured, 95),
    p99: percentile(measured, 99),
    errors,
    ackedWrites: [...acked.values()].reduce((s, w) => s + w.length, 0),
    checked,
    lostUpdates: lost,
  };
}
