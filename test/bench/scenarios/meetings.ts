/**
 * What the load scenarios share: the MUS service instances on the sandbox (child processes, or in this one
 * with `BENCH_IN_PROCESS=1`), a client that sends each request to the next instance in turn (a round-robin
 * front end), N meetings made of seeded leaders' rounds, the sandbox's SharePoint meter, and percentiles.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { HR_GROUP_ID } from '../../../src/sandbox';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { startService } from '../../../src/service/main';
import { provisionMusSite } from '../../../src/service/sharepoint';
import { client, type Call } from '../../service/api/http';
import type { SandboxHarness } from '../../service/graph/sandboxHarness';
import { inProcess, spawnServer, type ChildServer } from '../processes/spawn';

const personSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  managerId: z.string().nullish(),
});
/** A conversation's id and agenda topics (the agenda as a list of items, or the domain's `Agenda`). */
const conversationSchema = z.object({
  id: z.string(),
  agenda: z.union([
    z.array(z.object({ topicId: z.string() })),
    z.object({ items: z.array(z.object({ topic: z.object({ id: z.string() }) })) }),
  ]),
});

export interface Meeting {
  conv: { id: string; topics: string[] };
  tokens: { leader: string; employee: string };
  goalId: string;
}

/** `instances` MUS services on the sandbox, and one client that sends each request to the next in turn. */
export async function servicesOn(
  sandbox: SandboxHarness,
  instances: number,
): Promise<{ call: Call; close(): Promise<void> }> {
  const one = async (): Promise<ChildServer> => {
    if (!inProcess()) return spawnServer('service.ts', { BENCH_SANDBOX_URL: sandbox.url });
    const config = sandbox.config;
    const site = await provisionMusSite(createGraphClientFactory(config).app(), {
      siteSearch: config.siteSearch,
    });
    return startService(config, { port: 0, hrGroupId: HR_GROUP_ID, site, logger: false });
  };
  const servers: ChildServer[] = [];
  for (let i = 0; i < Math.max(1, instances); i++) servers.push(await one());
  const calls = servers.map((s) => client(s.url));
  let next = 0;
  const call: Call = (method, path, options) => {
    next = (next + 1) % calls.length;
    return (calls[next] ?? calls[0] ?? client(''))(method, path, options);
  };
  return { call, close: async () => void (await Promise.all(servers.map((s) => s.close()))) };
}

/** Rounds of the seeded leaders (every manager with reports), again and again, until `n` meetings exist. */
export async function makeMeetings(sandbox: SandboxHarness, call: Call, n: number): Promise<Meeting[]> {
  const people = (await sandbox.users()).map((u) => personSchema.parse(u));
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (id: string) => {
    const upn = people.find((p) => p.id === id)?.userPrincipalName ?? '';
    if (!tokens.has(upn)) tokens.set(upn, sandbox.apiToken(upn));
    return tokens.get(upn) ?? sandbox.apiToken(upn);
  };
  const teams = new Map<string, string[]>();
  people.forEach((p) => p.managerId && teams.set(p.managerId, [...(teams.get(p.managerId) ?? []), p.id]));
  const meetings: Meeting[] = [];
  while (meetings.length < n) {
    for (const [leaderId, reports] of teams) {
      const employeeIds = reports.slice(0, n - meetings.length);
      if (employeeIds.length === 0) break;
      const leader = await tokenOf(leaderId);
      const r = await call('POST', '/api/rounds', {
        token: leader,
        body: { roundId: randomUUID(), title: 'Belastning', conceptId: 'flexible', employeeIds },
      });
      if (r.status !== 201) throw new Error(`round: ${r.status} ${r.text}`);
      for (const c of r.body.conversations) {
        const employee = await tokenOf(c.value.employeeId);
        const goal = await call('POST', `/api/conversations/${c.value.id}/goals`, {
          token: employee,
          body: { goalId: randomUUID(), goal: 'Mål', deadline: '2027-06-30' },
        });
        if (goal.status !== 201 && goal.status !== 200) throw new Error(`goal: ${goal.status} ${goal.text}`);
        const conv = conversationSchema.parse(c.value);
        const topics = Array.isArray(conv.agenda)
          ? conv.agenda.map((a) => a.topicId)
          : conv.agenda.items.map((i) => i.topic.id);
        meetings.push({
          conv: { id: conv.id, topics },
          tokens: { leader, employee },
          goalId: goal.body.value.id,
        });
      }
    }
  }
  return meetings;
}

const meterSchema = z.object({
  limitPerMinute: z.number().nullable(),
  value: z.array(z.object({ units: z.number(), throttled: z.number(), peakWindowUnits: z.number() })),
});

/** The sandbox's SharePoint meter (`src/sandbox/meter.ts`): set the tier, clear, read what was used. */
export function meterOf(sandboxUrl: string) {
  const url = `${sandboxUrl}/_sandbox/meter`;
  return {
    async tier(licences: number | null) {
      const body = JSON.stringify({ licences });
      await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
    },
    clear: async () => void (await fetch(url, { method: 'DELETE' })),
    /** Units, refusals and the fullest minute of every app (the MUS service is the only one here). */
    async read() {
      const body = meterSchema.parse(await (await fetch(url)).json());
      return body.value.reduce(
        (s, a) => ({
          limit: s.limit,
          units: s.units + a.units,
          throttled: s.throttled + a.throttled,
          peak: Math.max(s.peak, a.peakWindowUnits),
        }),
        { limit: body.limitPerMinute, units: 0, throttled: 0, peak: 0 },
      );
    },
  };
}

/** The p-th percentile of `values` in ms, one decimal. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return Math.round(10 * at) / 10;
}
