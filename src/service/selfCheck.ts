/**
 * The start-up self-check of the MUS service in a tenant: it finds what an admin has not done yet (README
 * "Run in your tenant") and says how to fix each, instead of the first user meeting a 403. It checks the
 * service can sign in as itself, that the application permissions have admin consent (the `roles` of its
 * app-only token), that the HR group exists, and that the app has a grant on the MUS site (Sites.Selected).
 */
import { decodeJwt } from 'jose';
import { graphFailure, type GraphClientFactory } from './graph/client';

/** The application permissions of aad.manifest.json, each with what fails without it. */
export const APPLICATION_PERMISSIONS = {
  'User.Read.All': 'who is whose leader',
  'GroupMember.Read.All': 'who is HR',
  'Sites.Selected': 'the MUS lists',
} as const;

const CONSENT_HOW = 'Entra admin center → App registrations → MUS → API permissions → Grant admin consent';

/** The problems found, one sentence each (empty when all is in place). */
export async function selfCheck(
  graph: GraphClientFactory,
  settings: { readonly clientId: string; readonly hrGroupId: string; readonly siteId: string | undefined },
): Promise<string[]> {
  let token: string;
  try {
    token = await graph.tokens.appOnly().getToken();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      `The service cannot sign in as itself (${reason}). Check MUS_TENANT_ID, MUS_CLIENT_ID and MUS_CLIENT_SECRET (an expired secret?).`,
    ];
  }
  const problems: string[] = [];
  const claims = decodeJwt(token);
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  const missing = Object.entries(APPLICATION_PERMISSIONS).filter(([name]) => !roles.includes(name));
  if (missing.length)
    problems.push(
      `No admin consent for ${missing.map(([name, use]) => `${name} (${use})`).join(', ')}: ${CONSENT_HOW}.`,
    );

  const status = async (path: string) => {
    try {
      await graph.app().client.api(path).get();
      return 200;
    } catch (error) {
      const failure = graphFailure(error);
      if (!failure) throw error;
      return failure.status;
    }
  };
  const group = await status(`/groups/${encodeURIComponent(settings.hrGroupId)}?$select=id`);
  if (group === 404 || group === 400)
    problems.push(
      `MUS_HR_GROUP_ID ${settings.hrGroupId} is no group in this tenant: use the object id of the HR group (Entra admin center → Groups).`,
    );
  else if (group !== 200 && roles.includes('GroupMember.Read.All'))
    problems.push(`Reading the HR group ${settings.hrGroupId} failed (${group}).`);

  if (settings.siteId && roles.includes('Sites.Selected')) {
    const site = await status(`/sites/${encodeURIComponent(settings.siteId)}?$select=id`);
    if (site === 403 || site === 401)
      problems.push(
        `The app has no grant on the MUS site ${settings.siteId} (Sites.Selected gives access only to granted sites): ` +
          `GRAPH_TOKEN=… node scripts/grant-site.mjs --site ${settings.siteId} --app ${settings.clientId}`,
      );
    else if (site === 404 || site === 400)
      problems.push(
        `MUS_SITE_ID ${settings.siteId} is no site: GET /sites/{hostname}:/sites/{path}?$select=id gives the id.`,
      );
    else if (site !== 200) problems.push(`Reading the MUS site failed (${site}).`);
  }
  return problems;
}
