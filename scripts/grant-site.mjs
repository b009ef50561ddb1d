#!/usr/bin/env node
// Gives the MUS app (Sites.Selected) its role on the one MUS SharePoint site, and shows the apps that have one.
//   GRAPH_TOKEN=<token> node scripts/grant-site.mjs --site <site id> --app <client id> [--role manage] [--name MUS]
//   GRAPH_TOKEN=<token> node scripts/grant-site.mjs --site <site id> --list
// The token must carry Sites.FullControl.All (delegated, signed in as a SharePoint Administrator, or
// application); README "Run in your tenant" says how to get one. POST /sites/{id}/permissions creates only
// the roles read and write, so a higher role (manage: the service creates the MUS lists and columns) is set
// with a PATCH of the new grant. Running it again changes nothing when the grant is in place.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROLES = ['read', 'write', 'manage', 'fullcontrol'];

/** The Graph calls, against `base` (https://graph.microsoft.com/v1.0 or a test server). */
export function siteGrants({ base, token, fetchImpl = fetch }) {
  async function call(method, path, body) {
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      const detail = text ? (JSON.parse(text).error?.message ?? text) : '';
      throw new Error(`${method} ${path}: ${response.status} ${detail}`.trim());
    }
    return text ? JSON.parse(text) : undefined;
  }
  const appsOf = (grant) =>
    [...(grant.grantedToIdentitiesV2 ?? []), ...(grant.grantedToIdentities ?? [])]
      .map((identity) => identity.application)
      .filter(Boolean);
  return {
    /** Every application grant on the site: `{ id, appId, name, roles }`. */
    async list(siteId) {
      const { value } = await call('GET', `/sites/${encodeURIComponent(siteId)}/permissions`);
      return value.flatMap((grant) =>
        appsOf(grant).map((app) => ({
          id: grant.id,
          appId: app.id,
          name: app.displayName,
          roles: grant.roles,
        })),
      );
    },
    /** Makes sure the app has exactly `role` on the site; returns what was done. */
    async grant(siteId, appId, role, name) {
      const site = encodeURIComponent(siteId);
      const existing = (await this.list(siteId)).find((g) => g.appId === appId);
      let id = existing?.id;
      let done = 'unchanged';
      if (!existing) {
        const created = await call('POST', `/sites/${site}/permissions`, {
          roles: [role === 'read' ? 'read' : 'write'],
          grantedToIdentities: [{ application: { id: appId, displayName: name } }],
        });
        id = created.id;
        done = 'created';
        if (created.roles?.includes(role)) return done;
      } else if (existing.roles?.length === 1 && existing.roles[0] === role) return done;
      await call('PATCH', `/sites/${site}/permissions/${encodeURIComponent(id)}`, { roles: [role] });
      return done === 'created' ? 'created' : 'updated';
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      app: { type: 'string' },
      role: { type: 'string', default: 'manage' },
      name: { type: 'string', default: 'MUS' },
      list: { type: 'boolean', default: false },
      graph: {
        type: 'string',
        default: process.env.MUS_GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0',
      },
    },
  });
  const token = process.env.GRAPH_TOKEN;
  const problems = [
    !token && 'GRAPH_TOKEN is not set (a token with Sites.FullControl.All)',
    !values.site && '--site <site id> is missing (GET /sites/{hostname}:/sites/{path}?$select=id gives it)',
    !values.list &&
      !values.app &&
      '--app <client id> is missing (AAD_APP_CLIENT_ID in manifest/env/.env.<env>)',
    !ROLES.includes(values.role) && `--role must be one of ${ROLES.join(', ')}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
  const grants = siteGrants({ base: values.graph.replace(/\/+$/, ''), token });
  if (!values.list) {
    const done = await grants.grant(values.site, values.app, values.role, values.name);
    console.log(`grant-site: ${done}: app ${values.app} has role ${values.role} on site ${values.site}`);
  }
  const all = await grants.list(values.site);
  console.log(`apps with a grant on the site (${all.length}):`);
  for (const g of all) console.log(`  ${g.appId}  ${g.name ?? ''}  ${g.roles.join(',')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`grant-site: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
