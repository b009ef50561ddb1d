#!/usr/bin/env node
// Render the manifest template (manifest/manifest.json and its English strings manifest/en.json, with
// ${{NAME}} placeholders as the Microsoft 365 Agents Toolkit writes them) with an environment's values.
//   node manifest/build.mjs [--env local] [--out dist/manifest]   the rendered folder (npm run build does this)
//   node manifest/build.mjs --package [--env local]                build/appPackage/ and build/appPackage.zip
// Values come from manifest/env/.env.<env> (then .env.<env>.user, where the toolkit keeps secrets), and the
// process environment overrides them. An empty value counts as missing.
import AdmZip from 'adm-zip';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Replace every ${{NAME}} in the template; throw when a name has no (or an empty) value. */
export function render(template, values) {
  const missing = new Set();
  const text = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    const value = values[name];
    if (value === undefined || (value === '' && name !== 'APP_NAME_SUFFIX')) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1); // safe inside a JSON string
  });
  if (missing.size) throw new Error(`manifest: no value for ${[...missing].join(', ')}`);
  return JSON.parse(text);
}

/** The values of an environment: its env file(s), overridden by the process environment. */
export function environmentValues(env, overrides = process.env) {
  const values = {};
  for (const file of [`.env.${env}`, `.env.${env}.user`]) {
    const path = join(here, 'env', file);
    if (existsSync(path)) Object.assign(values, parseEnv(readFileSync(path, 'utf8')));
  }
  for (const name of Object.keys(values)) if (overrides[name] !== undefined) values[name] = overrides[name];
  return values;
}

/** Build the manifest, its localization files and icons for an environment into a folder; returns the manifest path. */
export function buildManifest({
  env = 'local',
  out = join(root, 'dist', 'manifest'),
  overrides = process.env,
} = {}) {
  const values = environmentValues(env, overrides);
  const manifest = render(readFileSync(join(here, 'manifest.json'), 'utf8'), values);
  const languages = manifest.localizationInfo?.additionalLanguages ?? [];
  const strings = languages.map(({ file }) => render(readFileSync(join(here, file), 'utf8'), values));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const path = join(out, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
  languages.forEach(({ file }, i) =>
    writeFileSync(join(out, file), JSON.stringify(strings[i], null, 2) + '\n'),
  );
  for (const icon of [manifest.icons.color, manifest.icons.outline])
    copyFileSync(join(here, icon), join(out, icon));
  return path;
}

/** The installable app package: build/appPackage/ and the zip of its files (flat, as Teams wants them). */
export function packageApp({ env = 'local', folder = join(root, 'build', 'appPackage'), zip } = {}) {
  buildManifest({ env, out: folder });
  const zipPath = zip ?? `${folder}.zip`;
  const archive = new AdmZip();
  archive.addLocalFolder(folder);
  mkdirSync(dirname(zipPath), { recursive: true });
  archive.writeZip(zipPath);
  return zipPath;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const env = arg('env') ?? 'local';
  try {
    if (process.argv.includes('--package')) {
      const folder = resolve(arg('out') ?? join(root, 'build', 'appPackage'));
      console.log(`manifest: wrote ${packageApp({ env, folder })} (environment ${env})`);
    } else {
      console.log(
        `manifest: wrote ${buildManifest({ env, out: resolve(arg('out') ?? join(root, 'dist', 'manifest')) })}`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
