import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CHECKED_IN = 'src/application/ports/musApi.generated.ts';

// openapi-typescript's dependencies are ES modules that Jest's CommonJS run cannot load: run the generator
// as `npm run api:types` does (tsx), in check mode.
function apiTypesCheck(file?: string) {
  const args = ['test/support/apiTypes.ts', '--check', ...(file ? [file] : [])];
  return spawnSync(path.resolve('node_modules/.bin/tsx'), args, { encoding: 'utf8' });
}

describe("the browser's API types", () => {
  it('name every refusal once: each route answers 4XX with the one problem+json response', () => {
    const types = readFileSync(CHECKED_IN, 'utf8');
    const routes = types.match(/readonly (get|put|post|delete): \{/g) ?? [];
    const refusals = types.match(/readonly '4XX': components\['responses'\]\['Problem'\];/g) ?? [];
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(refusals).toHaveLength(routes.length);
    expect(types).toContain("readonly 'application/problem+json': components['schemas']['Problem'];");
    // Only the schemas a route reaches: no input twin of a record that no route takes as its body.
    expect(types).not.toMatch(/readonly \w+Input: \{/);
  });

  it('are generated from the OpenAPI document the service serves now', () => {
    const run = apiTypesCheck();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('fail the check when the service changed and the file was not regenerated, naming the fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'api-types-'));
    try {
      const stale = path.join(dir, 'stale.ts');
      const types = readFileSync(CHECKED_IN, 'utf8');
      expect(types).toContain('readonly hr: boolean;');
      writeFileSync(stale, types.replace('readonly hr: boolean;', 'readonly hr?: boolean;'));
      const run = apiTypesCheck(stale);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('run `npm run api:types`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
