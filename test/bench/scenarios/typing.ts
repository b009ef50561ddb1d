/**
 * The meeting model of `npm run bench -- load` (LOAD_SAVE_SECONDS > 0, the default): in each of N meetings
 * both people type steadily; the live layer carries their keystrokes to each other (not HTTP, not modelled
 * here) and the record is saved coalesced, as the live layer does: at most one save per conversation every
 * LOAD_SAVE_SECONDS, the two parties taking turns, each saving the field it typed in (its own topic mostly,
 * sometimes the topic they share or the goal) with `If-Match` of the latest version, which the live layer
 * shares with both (`LOAD_SHARED_ETAG=0`: each knows only its own saves), merging on 412. Each participant
 * first opens the meeting (the conversation, its notes and goals) and has saved its own topic once, so the
 * measured minutes are those of a meeting under way (a note's first save creates it). Figures: SharePoint
 * resource units per minute from the sandbox's meter (and the fullest minute), requests, requests/s,
 * p50/p95, 429s (the meter's refusals and any 429 the clients saw), errors, lost updates.
 */
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
  readonly saveSeconds: number;
}

export interface TypingRun {
  /** Starts the measured window (after the meetings are made and opened). */
  readonly measure: () => Promise<void>;
  /** Ends it: the meter's units, refusals and fullest minute since `measure`. */
  readonly measured: () => Promise<{ units: number; throttled: number; peak: number }>;
}

/**
 * Who knows a record's latest version: the meeting (the live layer shares the saved text and eTag with both,
 * the default), or each party only what it saved itself (`LOAD_SHARED_ETAG=0`: more 412s, each merged).
 */
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

  /** Saves `word` appended to what `who` knows of the record; merges on 412 and 428. */
  async function save(m: Meeting, who: Party, known: Map<string, Known>, path: string, word: string) {
    const goal = path.includes('/goals/');
    for (let attempt = 0; attempt < 10; attempt++) {
      const k = known.get(path) ?? { etag: undefined, text: goal ? 'Mål' : '' };
      const text = `${k.text} ${word}`.trim();
      const r = await timed('PUT', path, {
        token: m.tokens[who],
        headers: k.etag ? { 'if-match': k.etag } : {},
        body: goal ? { goal: text.slice(-1900) } : { text },
      });
      const now = (v: { etag: string; value: { text?: string; goal?: string } }) =>
        known.set(path, { etag: v.etag, text: (goal ? v.value.goal : v.value.text) ?? '' });
      if (r?.status === 200) {
        now(r.body);
        acked.set(path, [...(acked.get(path) ?? []), word]);
        return;
      }
      if (r?.status === 412) now(r.body.current);
      else if (r?.status === 428) {
        const list = await timed('GET', `/api/conversations/${m.conv.id}/notes`, { token: m.tokens[who] });
        const topic = path.split('/').at(-1);
        const found = (list?.body ?? []).find(
          (n: { value: { topicId: string } }) => n.value.topicId === topic,
        );
        if (found) now(found);
      } else return;
    }
    errors += 1;
  }

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
        // The meeting is under way: each has written its own topic once, the leader the shared one too.
        await save(m, who, known, `${base}/notes/${ownTopic(m, who)}`, `${who}-start`);
        if (who === 'leader') await save(m, who, known, `${base}/notes/${m.conv.topics[0] ?? ''}`, 'start');
      }),
    ),
  );

  latencies.length = 0;
  await run.measure();
  const started = performance.now();
  const deadline = Date.now() + settings.seconds * 1000;
  let n = 0;
  await Promise.all(
    meetings.map(async (m) => {
      const base = `/api/conversations/${m.conv.id}`;
      // Saves of the meetings are spread over the interval, as meetings do not start on the same second.
      let next = Date.now() + Math.random() * settings.saveSeconds * 1000;
      for (let turn = 0; ; turn++) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
        if (Date.now() >= deadline) return;
        next += settings.saveSeconds * 1000;
        const who: Party = turn % 2 === 0 ? 'leader' : 'employee';
        const dice = Math.random();
        const path =
          dice < 0.1
            ? `${base}/goals/${m.goalId}`
            : `${base}/notes/${dice < 0.3 ? (m.conv.topics[0] ?? '') : ownTopic(m, who)}`;
        await save(m, who, knowledge.get(holder(m, who)) ?? new Map(), path, `${who}-${++n}`);
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  const meter = await run.measured();

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
    saveSeconds: settings.saveSeconds,
    unitsPerMinute: Math.round(meter.units / (elapsedS / 60)),
    peakMinuteUnits: meter.peak,
    throttled: meter.throttled + seen429,
    requests: latencies.length,
    requestsPerSecond: Math.round((10 * latencies.length) / elapsedS) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    ackedWrites: [...acked.values()].reduce((s, w) => s + w.length, 0),
    checked,
    lostUpdates: lost,
  };
}
