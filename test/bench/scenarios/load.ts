/**
 * Load scenario: N simulated meetings (default 100) × 2 participants editing shared notes and goals for
 * LOAD_SECONDS (default 60). Each write appends a unique word; a 412 re-reads and re-applies (merge).
 * Prints p50/p95/p99 latency, errors, and lost updates (acknowledged words missing from the final records).
 * Run: `LOAD_SECONDS=5 npx tsx test/bench/scenarios/load.ts`.
 * Today it runs the real service over HTTP with a local issuer and the in-memory record store; see
 * src/service/README.md for moving it onto the sandbox.
 */
import { buildApp } from '../../../src/service/app';
import { createTokenValidator } from '../../../src/service/auth/tokenValidator';
import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import { memoryPrivateNotes } from '../../../src/service/records/privateNotes';
import { startLocalIssuer } from '../../service/auth/localIssuer';
import { FakeDirectory } from '../../service/api/harness';
import { client } from '../../service/api/http';

const MEETINGS = Number(process.env.LOAD_MEETINGS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);

async function main() {
  const issuer = await startLocalIssuer();
  const directory = new FakeDirectory();
  const app = await buildApp({
    tokens: createTokenValidator({
      issuer: issuer.issuer,
      jwksUri: issuer.jwksUri,
      audiences: [issuer.audience],
      tenantId: issuer.tenantId,
      requiredScope: 'access_as_user',
    }),
    directory,
    records: createMemoryRecordStore(),
    privateNotes: memoryPrivateNotes(),
    hrGroupId: 'hr',
    webRoot: '/nonexistent',
  });
  const call = client(await app.listen({ port: 0, host: '127.0.0.1' }));
  const latencies: number[] = [];
  let errors = 0;
  const acked = new Map<string, string[]>(); // record path -> words acknowledged
  const timed = async (...args: Parameters<typeof call>) => {
    const t = performance.now();
    const r = await call(...args);
    latencies.push(performance.now() - t);
    if (r.status >= 500 || r.status === 0) errors += 1;
    return r;
  };

  const meetings = [];
  for (let m = 0; m < MEETINGS; m++) {
    const leader = `L${m}`;
    const employee = `E${m}`;
    directory.managers.set(employee, leader);
    const tokens = {
      leader: await issuer.sign({ oid: leader }),
      employee: await issuer.sign({ oid: employee }),
    };
    const r = await call('POST', '/api/rounds', {
      token: tokens.leader,
      body: { title: 'Load', conceptId: 'flexible', employeeIds: [employee] },
    });
    const conv = r.body.conversations[0].value;
    const goal = await call('POST', `/api/conversations/${conv.id}/goals`, {
      token: tokens.employee,
      body: { title: 'Mål' },
    });
    meetings.push({ conv, tokens, goalId: goal.body.value.id as string });
  }

  /** Append a word to a record, merging on 412 (re-read the current version and re-apply). */
  async function append(
    token: string,
    path: string,
    word: string,
    field: 'text' | 'description',
    body: (text: string) => object,
  ) {
    let current = await timed('GET', path, { token });
    for (let attempt = 0; attempt < 20; attempt++) {
      const value = current.status === 200 ? current.body?.value : undefined;
      const text: string = value?.[field] ?? '';
      const headers: Record<string, string> =
        current.status === 200 && current.body?.etag ? { 'if-match': current.body.etag } : {};
      const r = await timed('PUT', path, { token, headers, body: body(`${text} ${word}`.trim()) });
      if (r.status === 200) {
        acked.set(path, [...(acked.get(path) ?? []), word]);
        return;
      }
      if (r.status !== 412) return;
      current = { ...r, status: 200, body: r.body.current };
    }
  }

  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    meetings.flatMap((m) =>
      (['leader', 'employee'] as const).map(async (who) => {
        const topics: string[] = m.conv.agenda.map((a: { topicId: string }) => a.topicId);
        while (Date.now() < deadline) {
          const word = `${who}-${++n}`;
          if (n % 3 === 0) {
            const path = `/api/conversations/${m.conv.id}/goals/${m.goalId}`;
            await append(m.tokens[who], path, word, 'description', (t) => ({
              title: 'Mål',
              description: t.slice(-1900),
            }));
          } else {
            const topic = topics[n % 2 === 0 ? 0 : who === 'leader' ? 1 : 2];
            await append(
              m.tokens[who],
              `/api/conversations/${m.conv.id}/notes/${topic}`,
              word,
              'text',
              (t) => ({ text: t }),
            );
          }
        }
      }),
    ),
  );

  // Lost updates: every acknowledged word must be in the final record (goal descriptions keep the last 1,900 chars).
  let lost = 0;
  let checked = 0;
  const token = meetings[0]!.tokens.leader;
  for (const m of meetings) {
    for (const [path, words] of acked) {
      if (!path.includes(m.conv.id)) continue;
      const isGoal = path.includes('/goals/');
      const final = isGoal
        ? (await call('GET', `/api/conversations/${m.conv.id}/goals`, { token: m.tokens.leader })).body[0]
            .value.description
        : ((await call('GET', path.replace(/\/notes\/.*/, '/notes'), { token: m.tokens.leader })).body.find(
            (x: { value: { topicId: string } }) => path.endsWith(`/${x.value.topicId}`),
          )?.value.text ?? '');
      const window = isGoal ? words.slice(-20) : words; // older goal words may be trimmed by design
      for (const w of window) {
        checked += 1;
        if (!` ${final} `.includes(` ${w} `)) lost += 1;
      }
    }
  }
  void token;
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1);
  console.log(`load: ${MEETINGS} meetings × 2 participants, ${SECONDS}s, ${latencies.length} requests`);
  console.log(`latency ms: p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}`);
  console.log(`errors: ${errors}  acknowledged writes checked: ${checked}  lost updates: ${lost}`);
  await app.close();
  await issuer.close();
  if (lost > 0 || errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
