import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, HR_GROUP_ID, MUS_SITE_ID, type Sandbox } from '../../../src/sandbox';
import { defaultApps } from '../../../src/sandbox/config';
import { sandboxConfig } from '../../../src/service/config';
import { createGraphClientFactory } from '../../../src/service/graph/client';
import { selfCheck } from '../../../src/service/selfCheck';

/**
 * The start-up self-check against the sandbox's Entra and Graph, with app registrations as an admin leaves
 * them half done: no admin consent, no grant on the MUS site, a wrong secret, an HR "group" that is none.
 */
const [mus] = defaultApps(MUS_SITE_ID);
const app = (clientId: string, change: Partial<typeof mus>) => ({
  ...mus!,
  clientId,
  clientSecret: `${clientId}-secret`,
  ...change,
});
const NO_CONSENT = app('a0000000-0000-4000-8000-000000000001', { roles: ['TeamsActivity.Send'] });
const NO_GRANT = app('a0000000-0000-4000-8000-000000000002', { selectedSites: [] });

let sandbox: Sandbox;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mus-selfcheck-'));
  sandbox = await createSandbox({ port: 0, dataDir, logger: false, apps: [mus!, NO_CONSENT, NO_GRANT] });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function check(client: { clientId: string; clientSecret: string }, hrGroupId = HR_GROUP_ID) {
  const config = sandboxConfig(sandbox.url, { ...client, siteId: MUS_SITE_ID });
  return selfCheck(createGraphClientFactory(config), {
    clientId: client.clientId,
    hrGroupId,
    siteId: MUS_SITE_ID,
  });
}

describe('the start-up self-check says what an admin has left to do', () => {
  it('finds nothing to fix when consent, the HR group and the site grant are in place', async () => {
    expect(await check(mus!)).toEqual([]);
  });

  it('names each application permission without admin consent, and how to grant it', async () => {
    expect(await check(NO_CONSENT)).toEqual([
      'No admin consent for User.Read.All (who is whose leader), GroupMember.Read.All (who is HR), Sites.Selected ' +
        '(the MUS lists): Entra admin center → App registrations → MUS → API permissions → Grant admin consent.',
    ]);
  });

  it('says the MUS site has no grant for the app, with the script that grants it', async () => {
    const problems = await check(NO_GRANT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The app has no grant on the MUS site/);
    expect(problems[0]).toContain(
      `node scripts/grant-site.mjs --site ${MUS_SITE_ID} --app ${NO_GRANT.clientId}`,
    );
  });

  it('says the HR group id names no group', async () => {
    const unknown = '0b7e1c3a-5d2f-4e8a-9c61-2f4d8a7b3e10';
    expect(await check(mus!, unknown)).toEqual([
      `MUS_HR_GROUP_ID ${unknown} is no group in this tenant: use the object id of the HR group (Entra admin center → Groups).`,
    ]);
  });

  it('says the service cannot sign in with a wrong secret, and checks nothing else', async () => {
    const problems = await check({ clientId: mus!.clientId, clientSecret: 'expired' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^The service cannot sign in as itself \(.*invalid_client.*\)\. Check MUS_TENANT_ID/,
    );
  });
});
