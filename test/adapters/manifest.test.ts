/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { z } from 'zod';

const root = join(__dirname, '..', '..');

function build(env = 'local'): { status: number | null; out: string; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), 'mus-manifest-'));
  const r = spawnSync('node', ['manifest/build.mjs', '--env', env, '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, out, stderr: r.stderr };
}

// The parts of the manifest these tests read, validated rather than assumed.
const Manifest = z.object({
  manifestVersion: z.string(),
  id: z.string(),
  staticTabs: z.array(z.object({ contentUrl: z.string(), scopes: z.array(z.string()) })),
  configurableTabs: z.array(
    z.object({ configurationUrl: z.string(), scopes: z.array(z.string()), context: z.array(z.string()) }),
  ),
  webApplicationInfo: z.object({
    id: z.string(),
    nestedAppAuthInfo: z.array(z.object({ redirectUri: z.string() })),
  }),
  authorization: z.object({
    permissions: z.object({ resourceSpecific: z.array(z.object({ name: z.string(), type: z.string() })) }),
  }),
  extensions: z.array(
    z.object({
      runtimes: z.array(z.object({ code: z.object({ page: z.string() }) })),
      ribbons: z.array(z.object({ contexts: z.array(z.string()) })),
    }),
  ),
  name: z.object({ short: z.string() }),
});

/**
 * `office-addin-manifest validate` (offline for JSON manifests: the v1.30 schema is bundled). It prints
 * nothing when valid, so the exit code is the verdict. (Run as a process: its dependencies are ESM-only.)
 */
function validate(path: string): { valid: boolean; output: string } {
  const cli = require.resolve('office-addin-manifest/cli.js');
  const r = spawnSync('node', [cli, 'validate', path], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Width, height and RGBA pixels of a PNG written by assets/icons.mjs (8-bit RGBA, filter 0 rows). */
function readPng(path: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(path);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.subarray(at + 4, at + 8).toString('ascii') === 'IDAT')
      idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, height, pixels: inflateSync(Buffer.concat(idat)) };
}

describe('app manifest', () => {
  const built = build();
  const manifestPath = join(built.out, 'manifest.json');

  it('builds from the template with the local values', () => {
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(readFileSync(manifestPath, 'utf8')).not.toMatch(/\$\{\{/);
  });

  it('is valid against the bundled v1.30 schema (office-addin-manifest validate, offline)', () => {
    expect(validate(manifestPath)).toEqual({ valid: true, output: '' });
  });

  it('declares the personal tab, the meeting tab, nested app auth, the RSC permissions and the Outlook pane', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.staticTabs[0]).toMatchObject({
      contentUrl: 'https://localhost:53000/content.html',
      scopes: ['personal'],
    });
    expect(manifest.configurableTabs[0]?.scopes).toEqual(['groupChat']);
    expect([...(manifest.configurableTabs[0]?.context ?? [])].sort()).toEqual([
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
    ]);
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri).toBe(
      'brk-multihub://localhost:53000',
    );
    expect(
      manifest.authorization.permissions.resourceSpecific.map((p) => `${p.name}/${p.type}`).sort(),
    ).toEqual([
      'LiveShareSession.ReadWrite.Chat/Delegated',
      'MailboxItem.ReadWrite.User/Delegated',
      'MeetingStage.Write.Chat/Delegated',
      'OnlineMeeting.ReadBasic.Chat/Application',
      'OnlineMeetingParticipant.Read.Chat/Delegated',
    ]);
    expect(manifest.extensions[0]?.ribbons[0]?.contexts).toEqual(['meetingDetailsOrganizer']);
    expect(manifest.extensions[0]?.runtimes[0]?.code.page).toBe('https://localhost:53000/taskpane.html');
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(join(built.out, 'color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(join(built.out, 'outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let painted = 0;
    for (let y = 0; y < 32; y++)
      for (let x = 0; x < 32; x++) {
        const at = y * (1 + 32 * 4) + 1 + x * 4;
        const [r, g, b, a] = outline.pixels.subarray(at, at + 4);
        if (a === 0) continue;
        painted++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    expect(painted).toBeGreaterThan(50);
  });

  it('the validator refuses a broken manifest (a short name over 30 characters)', () => {
    const broken = JSON.parse(readFileSync(manifestPath, 'utf8'));
    broken.name.short = 'MUS – medarbejderudviklingssamtaler';
    const path = join(built.out, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const result = validate(path);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/short/);
  });

  it('refuses to build when the environment lacks a value', () => {
    const missing = build('nowhere');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no value for APP_VERSION/);
  });
});
