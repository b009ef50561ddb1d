/**
 * `npm run bench`: starts the local Microsoft 365 sandbox on a temp folder in a child process (in this one with
 * `BENCH_IN_PROCESS=1`), runs the scenarios
 * (optionally only those named on the command line), prints one human line per scenario and ends with one line
 * of JSON: `{"bench":"graph","figures":{<scenario>:{<figure>:number}}}`.
 */
import { startSandbox } from '../service/graph/sandboxHarness';
import { inProcess, startSandboxProcess } from './processes/spawn';
import type { BenchContext, Figures } from './scenarios';
import { SCENARIOS } from './scenarios';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const sandbox = inProcess() ? await startSandbox() : await startSandboxProcess();
  const figures: Record<string, Figures> = {};
  try {
    const users = await sandbox.users();
    const teams = new Map<string, typeof users>();
    users.forEach((u) => {
      if (typeof u.managerId === 'string') teams.set(u.managerId, [...(teams.get(u.managerId) ?? []), u]);
    });
    const [leaderId, team] = [...teams.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const leaderUpn = users.find((u) => u.id === leaderId)?.userPrincipalName;
    if (!leaderUpn) throw new Error('The sandbox has no leader with direct reports');
    const context: BenchContext = {
      sandbox,
      leader: {
        upn: leaderUpn,
        reports: team.map((u) => ({ upn: u.userPrincipalName, name: u.displayName })),
      },
    };
    console.log(`sandbox at ${sandbox.url}; leader ${leaderUpn} with ${team.length} direct reports`);
    for (const scenario of SCENARIOS.filter((s) => only.length === 0 || only.includes(s.name))) {
      if (scenario.faults.length) await sandbox.faults({ rules: [...scenario.faults] });
      try {
        figures[scenario.name] = await scenario.run(context);
      } finally {
        await sandbox.clearFaults();
      }
      const line = Object.entries(figures[scenario.name] ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(`${scenario.name}: ${scenario.description}\n  ${line}`);
    }
  } finally {
    await sandbox.close();
  }
  console.log(JSON.stringify({ bench: 'graph', figures }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
