// The year e2e's world (test/e2e/year.mjs): the API as one person, the sandbox's test controls (the movable
// clock, the users, the Teams notifications sent), the reminders each sent once, a personal tab as someone
// in a Danish browser window, and a PDF's text.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

export const TIMEOUT = { timeout: 20_000 };
export const DAY = 86_400_000;
// The MUS service's client id in the sandbox (src/service/config.ts SANDBOX_CLIENT).
const CLIENT_ID = 'f258b688-3305-532d-a5a3-02e5a672ec5f';

export async function json(response) {
  assert.ok(response.ok, `${response.url}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

/** The API as one person (a token from the sandbox's /oidc), and the sandbox's test controls. */
export function world({ baseUrl, sandboxUrl }) {
  const sandbox = async (path, body) =>
    json(
      await fetch(`${sandboxUrl}${path}`, {
        ...(body
          ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
          : {}),
      }),
    );
  const tokenOf = async (upn, scope) => {
    const body = new URLSearchParams({ grant_type: 'password', username: upn, scope, client_id: CLIENT_ID });
    return (await json(await fetch(`${sandboxUrl}/oidc/token`, { method: 'POST', body }))).access_token;
  };
  /** The API as `upn`: `api(method, path, body, etag)` answers the body; `api.status(path)` a GET's status. */
  const as = async (upn) => {
    const token = await tokenOf(upn, 'api://mus/access_as_user');
    const call = (method, path, body, etag) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      if (etag) headers['if-match'] = etag;
      return fetch(`${baseUrl}${path}`, { method, headers, body: body && JSON.stringify(body) });
    };
    const api = async (method, path, body, etag) => json(await call(method, path, body, etag));
    api.status = async (path) => (await call('GET', path)).status;
    return api;
  };
  const now = async () => new Date((await sandbox('/_sandbox/clock')).now);
  return {
    sandbox,
    as,
    now,
    advance: (advanceDays) => sandbox('/_sandbox/clock', { advanceDays }),
    /** The events in someone's calendar as Graph shows them to that person. */
    async events(upn) {
      const token = await tokenOf(upn, 'https://graph.microsoft.com/Calendars.ReadWrite');
      const res = await fetch(`${sandboxUrl}/v1.0/me/events?$top=1000`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await json(res)).value;
    },
    /** The Teams activity notifications sent so far: [activity type, recipient] each, sorted. */
    async reminders() {
      const { value } = await sandbox('/_sandbox/notifications');
      return value.map((n) => [n.body.activityType, n.recipientId]).sort();
    },
  };
}

/**
 * A round of the leader's for one employee, titled `title`, its conversation booked an hour ahead and its agenda
 * agreed by both: the round as made, the conversation's id and path, and `step(api, route, body)` that posts to
 * the conversation with its current eTag.
 */
export async function bookedTalk(w, { leaderApi, employeeApi, employee, title }) {
  const made = await leaderApi('POST', '/api/rounds', {
    roundId: randomUUID(),
    title,
    conceptId: 'flexible',
    employeeIds: [employee.id],
  });
  const id = made.conversations[0].value.id;
  const path = `/api/conversations/${id}`;
  const step = async (api, route, body) =>
    api('POST', `${path}/${route}`, body, (await api('GET', `${path}/`)).etag);
  const start = (await w.now()).getTime() + 3_600_000;
  const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
  await step(leaderApi, 'status', { event: 'book', slot });
  await step(leaderApi, 'agenda', { action: 'agree' });
  await step(employeeApi, 'agenda', { action: 'agree' });
  return { made, id, path, step };
}

/** Waits until the reminders sent so far are `expected` (each once), then a few more looks of the job. */
export async function remindedOnce(w, expected) {
  let got = [];
  for (let i = 0; i < 150 && got.length < expected.length; i += 1) {
    got = await w.reminders();
    if (got.length < expected.length) await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(got, [...expected].sort(), 'the reminders sent');
  await new Promise((r) => setTimeout(r, 3000));
  assert.deepEqual(await w.reminders(), [...expected].sort(), 'no reminder sent twice');
}

/** The personal tab as `name` (the host page's user list), in a Danish (or `locale`) browser window. */
export async function personalTab(
  browser,
  { baseUrl, sandboxUrl },
  name,
  viewport = { width: 1280, height: 900 },
  locale = 'da-DK',
) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  /** Opens the tab (again: a next visit in the same browser, with what it keeps). */
  const open = async () => {
    await page.goto(`${baseUrl}/host/?sandbox=${encodeURIComponent(sandboxUrl)}&locale=${locale}`);
    const option = page.getByRole('option', { name: new RegExp(`^${name} \\(`) });
    await option.waitFor({ state: 'attached', ...TIMEOUT });
    await page.locator('#user').selectOption({ label: (await option.textContent()).trim() });
    await page.locator('#surface').selectOption('content');
  };
  await open();
  return { page, app: page.frameLocator('#app-frame'), errors, reopen: open, close: () => context.close() };
}

/** A screenshot of the app's frame with `target` in view. */
export async function shot(outDir, page, name, target) {
  await target.scrollIntoViewIfNeeded();
  await page.locator('#app-frame').screenshot({ path: join(outDir, name) });
}

/** A PDF's text, read back with pdf-parse (test/support/extractPdfText.mjs) in a child Node process. */
export function pdfText(root, bytes) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(root, 'test', 'support', 'extractPdfText.mjs')],
      { maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin.end(bytes);
  });
}
