#!/usr/bin/env node
// Render the manifest template (manifest/manifest.json, with ${{NAME}} placeholders as the Microsoft 365
// Agents Toolkit writes them) with an environment's values into <out>/manifest.json, next to its icons.
//   node manifest/build.mjs [--env local] [--out dist/manifest]
// Values come from manifest/env/.env.<env>, and the process environment overrides them.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** Parse `KEY=value` lines; `#` starts a comment line. */
export function parseEnv(text) {
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) values[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
}

/** Replace every ${{NAME}} in the template; throw when a name has no value. */
export function render(template, values) {
  const missing = new Set();
  const text = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1); // safe inside a JSON string
  });
  if (missing.size) throw new Error(`manifest: no value for ${[...missing].join(', ')}`);
  return JSON.parse(text);
}

/** Build the manifest for an environment into a folder; returns the manifest path. */
export function buildManifest({
  env = 'local',
  out = join(root, 'dist', 'manifest'),
  overrides = process.env,
} = {}) {
  const envFile = join(here, 'env', `.env.${env}`);
  const fileValues = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  const values = { ...fileValues };
  for (const name of Object.keys(fileValues))
    if (overrides[name] !== undefined) values[name] = overrides[name];
  const manifest = render(readFileSync(join(here, 'manifest.json'), 'utf8'), values);
  mkdirSync(out, { recursive: true });
  const path = join(out, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
  for (const icon of [manifest.icons.color, manifest.icons.outline])
    copyFileSync(join(root, 'assets', icon), join(out, icon));
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const path = buildManifest({
    env: arg('env') ?? 'local',
    out: resolve(arg('out') ?? join(root, 'dist', 'manifest')),
  });
  console.log(`manifest: wrote ${path}`);
}
