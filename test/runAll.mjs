#!/usr/bin/env node
// The one test command (README): format, lint, typecheck, build, every jest project, the browser tests.
// Each static check counts as one test; jest and e2e report their own counts. The last line is always
// `N passed, N failed` totalling every runner, so a run that tested nothing shows.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';

const out = 'test-output';
mkdirSync(out, { recursive: true });
const results = [];

function run(name, cmd, args, opts = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
  });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { status: r.status ?? 1, stdout: r.stdout ?? '', seconds };
}

function check(name, cmd, args) {
  const r = run(name, cmd, args);
  results.push({ name, passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1, seconds: r.seconds });
}

check('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('build', 'npx', ['webpack', '--mode', 'production']);

// jest: all projects, domain coverage gate from jest.config.js
const jsonFile = `${out}/jest.json`;
rmSync(jsonFile, { force: true });
const j = run('jest', 'npx', ['jest', '--coverage', '--json', `--outputFile=${jsonFile}`]);
if (existsSync(jsonFile)) {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const failedSuites = report.numFailedTestSuites + (report.numRuntimeErrorTestSuites ?? 0);
  // A suite that fails to load has no failed tests of its own: count it, and count a failed coverage gate.
  const extra = j.status !== 0 && report.numFailedTests === 0 ? 1 : 0;
  results.push({
    name: 'jest',
    passed: report.numPassedTests,
    failed: report.numFailedTests + extra,
    seconds: j.seconds,
    note: failedSuites ? `${failedSuites} suite(s) failed` : '',
  });
} else {
  results.push({ name: 'jest', passed: 0, failed: 1, seconds: j.seconds, note: 'no report' });
}

// browser tests in real Chromium
const e = run('e2e', 'node', ['test/e2e/run.mjs'], { capture: true });
const m = /e2e: (\d+) passed, (\d+) failed/.exec(e.stdout);
if (m)
  results.push({
    name: 'e2e',
    passed: Number(m[1]),
    failed: Number(m[2]) + (e.status !== 0 && m[2] === '0' ? 1 : 0),
    seconds: e.seconds,
  });
else results.push({ name: 'e2e', passed: 0, failed: 1, seconds: e.seconds, note: 'no result line' });

console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(10)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds}s ${r.note ?? ''}`,
  );
}
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
