/**
 * @jest-environment node
 */
import AdmZip from 'adm-zip';
import Ajv from 'ajv-draft-04';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
type Json = Record<string, unknown>;

/** `npm run package` with another output folder: the folder and the zip beside it. */
function pack(
  env = 'local',
  overrides: Record<string, string> = {},
): { status: number | null; zip: string; stderr: string } {
  const folder = join(mkdtempSync(join(tmpdir(), 'mus-package-')), 'appPackage');
  const r = spawnSync('node', ['manifest/build.mjs', '--package', '--env', env, '--out', folder], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...overrides },
  });
  return { status: r.status, zip: `${folder}.zip`, stderr: r.stderr };
}

/** `office-addin-manifest validate`: offline for JSON manifests; the exit code is the verdict. */
function validate(path: string): { valid: boolean; output: string } {
  const cli = require.resolve('office-addin-manifest/cli.js');
  const r = spawnSync('node', [cli, 'validate', path], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Every string in a JSON value, with its path (`a.b[0].c`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** URLs (any scheme: https, api, brk-multihub) whose host is not one of the manifest's validDomains. */
function hostsOutsideValidDomains(manifest: Json): string[] {
  const valid = new Set(manifest.validDomains as string[]);
  return strings(manifest)
    .filter(([path, value]) => path !== '$schema' && /^[a-z][a-z0-9+.-]*:\/\//.test(value))
    .filter(([, value]) => !valid.has(new URL(value).host))
    .map(([path, value]) => `${path}=${value}`);
}

/** The table Microsoft documents (manifest/rsc-permissions.json, with its sources). */
const documented = JSON.parse(readFileSync(join(root, 'manifest', 'rsc-permissions.json'), 'utf8')) as {
  permissions: Record<string, string[]>;
};

/** Resource-specific permissions that Microsoft does not document with the declared type. */
function undocumentedPermissions(manifest: Json): string[] {
  const declared = ((manifest.authorization as Json | undefined)?.permissions as Json | undefined)
    ?.resourceSpecific as { name: string; type: string }[];
  return declared
    .filter((p) => !documented.permissions[p.name]?.includes(p.type))
    .map((p) => `${p.name}/${p.type}`);
}

describe('app package (npm run package)', () => {
  const built = pack();
  const zip = new AdmZip(built.zip);
  const unzipped = mkdtempSync(join(tmpdir(), 'mus-unzipped-'));
  zip.extractAllTo(unzipped, true);
  const manifest = JSON.parse(readFileSync(join(unzipped, 'manifest.json'), 'utf8')) as Json;
  const english = JSON.parse(readFileSync(join(unzipped, 'en.json'), 'utf8')) as Json;

  it('zips the manifest, the English strings and the two icons flat, with every placeholder resolved', () => {
    expect(built).toMatchObject({ status: 0, stderr: '' });
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    for (const entry of ['manifest.json', 'en.json']) expect(zip.readAsText(entry)).not.toMatch(/\$\{\{/);
  });

  it('holds a manifest that office-addin-manifest validates', () => {
    expect(validate(join(unzipped, 'manifest.json'))).toEqual({ valid: true, output: '' });
  });

  it('has every URL on a valid domain, and the check refuses one that is not', () => {
    expect(hostsOutsideValidDomains(manifest)).toEqual([]);
    const foreign = JSON.parse(JSON.stringify(manifest)) as Json;
    (foreign.staticTabs as Json[])[0]!.contentUrl = 'https://elsewhere.example/content.html';
    expect(hostsOutsideValidDomains(foreign)).toEqual([
      'staticTabs[0].contentUrl=https://elsewhere.example/content.html',
    ]);
  });

  it('declares only resource-specific permissions Microsoft documents, with their documented type', () => {
    expect(undocumentedPermissions(manifest)).toEqual([]);
    const wrong = JSON.parse(JSON.stringify(manifest)) as Json;
    const rsc = (((wrong.authorization as Json).permissions as Json).resourceSpecific ?? []) as Json[];
    rsc.push(
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Delegated' },
      { name: 'Made.Up.Chat', type: 'Delegated' },
    );
    expect(undocumentedPermissions(wrong)).toEqual([
      'OnlineMeeting.ReadBasic.Chat/Delegated',
      'Made.Up.Chat/Delegated',
    ]);
  });

  it('the meeting tab is configured on settings.html; the personal tab and the Outlook pane have their pages', () => {
    const endpoint = 'https://localhost:53000';
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `${endpoint}/settings.html` }),
    ]);
    expect((manifest.staticTabs as Json[])[0]).toMatchObject({ contentUrl: `${endpoint}/content.html` });
    expect(strings(manifest.extensions).filter(([p]) => p.endsWith('code.page'))).toEqual([
      ['[0].runtimes[0].code.page', `${endpoint}/taskpane.html`],
    ]);
  });

  it('ships English beside Danish: a valid localization file whose keys all name strings of the manifest', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'da-dk',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
    });
    const appManifest = dirname(
      require.resolve('@microsoft/app-manifest/package.json', {
        paths: [dirname(require.resolve('office-addin-manifest/package.json'))],
      }),
    );
    const schema = JSON.parse(
      readFileSync(
        join(appManifest, 'build/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json'),
        'utf8',
      ),
    ) as Json;
    const check = new Ajv({ strict: false, unicodeRegExp: false, logger: false }).compile(schema);
    expect(check(english) ? [] : check.errors).toEqual([]);
    const danish = new Map(strings(manifest));
    const keys = Object.keys(english).filter((k) => k !== '$schema');
    expect(keys.filter((k) => !danish.has(k))).toEqual([]);
    expect(english['name.full']).toBe('MUS – employee development conversations');
    expect(danish.get('name.full')).toBe('MUS – medarbejderudviklingssamtaler');
    expect(english['name.short']).toBe(danish.get('name.short'));
  });

  it('refuses to package when a value is empty (as in a template not yet provisioned), and writes no zip', () => {
    const result = pack('local', { TAB_ENDPOINT: '' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no value for TAB_ENDPOINT/);
    expect(existsSync(result.zip)).toBe(false);
  });
});
