// One person's window on the real embedded default: the local Teams host page showing a meeting's side panel
// (in a Teams theme), and the MUS API called with that person's SSO token from inside it; and a conversation
// set up through that API, held in a meeting of a chosen chat id. Shared by conclusion.mjs and a11y.mjs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ask } from './host.mjs';

/** One person's window: the host page showing the meeting `chat`'s side panel in `theme`. */
export async function openMeetingWindow(browser, env, { upn, chat, theme = 'default', width = 1280 }) {
  const { baseUrl, sandboxUrl, fluidUrl } = await env();
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  const allowed = new Set([baseUrl, sandboxUrl, fluidUrl].filter(Boolean).map((u) => new URL(u).origin));
  await page.route('**/*', (route) =>
    allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort(),
  );
  const query = new URLSearchParams({
    sandbox: sandboxUrl,
    user: upn,
    surface: 'sidePanel',
    meeting: chat,
    theme,
  });
  await page.goto(`${baseUrl}/host/?${query}`);
  const frame = async () => {
    let found;
    for (let i = 0; i < 200 && !found; i++) {
      found = page.frames().find((f) => f.url().includes('/meeting.html'));
      if (!found) await page.waitForTimeout(100);
    }
    assert.ok(found, 'the side panel frame');
    return found;
  };
  /** A call of the MUS API with this person's SSO token, from inside their side panel. */
  const api = async (method, path, body, etag) => {
    const inside = await frame();
    const [, token] = await ask(inside, 'authentication.getAuthToken', [['api://mus'], [], false]);
    return inside.evaluate(
      async ({ method, path, body, etag, token }) => {
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        if (etag) headers['if-match'] = etag;
        const res = await fetch(path, { method, headers, body: body && JSON.stringify(body) });
        const text = await res.text();
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
        return JSON.parse(text);
      },
      { method, path, body, etag, token },
    );
  };
  return { page, app: page.frameLocator('#app-frame'), frame, api, errors, close: () => context.close() };
}

/**
 * A conversation of `lead`'s with `emp` (their windows), planned, booked to start in a few seconds, agenda
 * agreed by both, `goals` added by the employee (those in `agreed` agreed by both), held in the meeting of
 * `chat` (linked by the leader). Resolves once the meeting has begun.
 */
export async function heldConversation({ lead, emp, employeeId, chat, title, goals, agreed = goals }) {
  const round = await lead.api('POST', '/api/rounds', {
    roundId: randomUUID(),
    title,
    conceptId: 'flexible',
    employeeIds: [employeeId],
  });
  const id = round.conversations[0].value.id;
  const path = `/api/conversations/${id}`;
  const start = Date.now() + 4000;
  const slot = { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
  const step = async (who, route, body) =>
    who.api('POST', `${path}/${route}`, body, (await who.api('GET', path)).etag);
  await step(lead, 'status', { event: 'book', slot });
  await step(lead, 'agenda', { action: 'agree' });
  await step(emp, 'agenda', { action: 'agree' });
  for (const goal of goals) {
    let g = await emp.api('POST', `${path}/goals`, {
      goalId: randomUUID(),
      goal,
      activities: ['Kursus i foråret'],
      deadline: '2027-06-30',
    });
    if (agreed.includes(goal))
      for (const who of [emp, lead])
        g = await who.api('POST', `${path}/goals/${g.value.id}/agree`, {}, g.etag);
  }
  await lead.api(
    'PUT',
    `/api/meetings/${encodeURIComponent(chat)}/conversation`,
    { conversationId: id },
    (await lead.api('GET', path)).etag,
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now()) + 300));
  return id;
}
