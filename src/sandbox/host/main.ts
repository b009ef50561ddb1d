/**
 * The local Teams host page (served at /host/ by the embedded default): pick a demo user, a surface, a
 * locale and a theme; the real surface page runs in a frame and this page answers its teams-js messages as
 * a Teams client does. Same origin as the app, so teams-js trusts it.
 */
import type { HostState } from './answers';
import { answer } from './answers';
import type { AppMessage, HostLocale, HostTheme, Surface } from './protocol';
import { LOCALES, parseAppMessage, replyTo, saveEvent, SURFACES, THEMES, themeChangeEvent } from './protocol';
import type { UserToken } from './sandboxApi';
import { fetchDemoUsers, fetchMeetings, sandboxUrl, signIn } from './sandboxApi';
import { textsFor } from './texts';
import { DEMO, hostView } from './view';

const view = hostView();
const sandbox = sandboxUrl(window.location);
const query = new URLSearchParams(window.location.search);
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;

let surface: Surface = oneOf(SURFACES, query.get('surface'), 'content');
let locale: HostLocale = oneOf(LOCALES, query.get('locale'), 'da-DK');
let theme: HostTheme = oneOf(THEMES, query.get('theme'), 'default');
let token: UserToken | undefined;
/** The meeting chat the user is in (`?meeting=<chat id>`), or the demo meeting. */
let chatId: string | undefined = query.get('meeting') ?? undefined;
/** Whose meetings the picker lists. */
let meetingsOf: string | undefined;
let sharing = false;
/** The meeting tab's content URL once the configuration page saved it (meeting.html until then). */
let savedContentUrl: string | undefined;

const page = (file: string) => new URL(`../${file}`, window.location.href).toString();
/** The page a surface shows: the meeting's frames all show the configurable tab's one content page. */
const pageUrl = (name: Surface) =>
  name === 'content'
    ? page('content.html')
    : name === 'settings'
      ? page('settings.html')
      : (savedContentUrl ?? page('meeting.html'));

function state(): HostState {
  if (!token) throw new Error('Ingen bruger er logget ind / no user is signed in');
  return { user: token.user, locale, theme, ...(chatId ? { chatId } : {}) };
}

/** Keep the picks in the address, so a reload shows the same. */
function remember(): void {
  const params = new URLSearchParams(window.location.search);
  params.set('user', view.pick.user.value);
  params.set('surface', surface);
  params.set('locale', locale);
  params.set('theme', theme);
  if (chatId) params.set('meeting', chatId);
  else params.delete('meeting');
  window.history.replaceState(null, '', `?${params.toString()}`);
}

async function tokenFor(upn: string): Promise<UserToken> {
  if (token && token.user.userPrincipalName === upn && token.expiresAt - Date.now() > 5 * 60_000)
    return token;
  token = await signIn(sandbox, upn);
  return token;
}

/**
 * List the chosen user's meetings from their calendar. Keeps the meeting in the address when it is theirs
 * (or was asked for by address); a new user starts in their first MUS meeting.
 */
async function listMeetings(upn: string): Promise<void> {
  if (meetingsOf === upn) return;
  const meetings = await fetchMeetings(sandbox, upn).catch(() => []);
  const firstUser = meetingsOf === undefined;
  meetingsOf = upn;
  if (firstUser ? chatId === undefined : !meetings.some((m) => m.chatId === chatId))
    chatId = meetings.find((m) => m.mus)?.chatId ?? meetings[0]?.chatId;
  view.setMeetings(meetings, textsFor(locale), locale, chatId ?? DEMO);
}

/** (Re)start the app: sign the chosen user in, then load the chosen surface in the frame. */
async function start(): Promise<void> {
  const texts = textsFor(locale);
  view.render(texts, locale);
  view.setTheme(theme);
  view.layout(surface);
  sharing = surface === 'meetingStage';
  view.showStage(undefined);
  view.clearCalls();
  await listMeetings(view.pick.user.value);
  remember();
  view.setStatus(texts.signingIn);
  try {
    const { user } = await tokenFor(view.pick.user.value);
    view.setStatus(texts.signedIn(user.displayName));
  } catch {
    view.setStatus(texts.sandboxDown(sandbox), true);
    return;
  }
  view.appFrame.src = pageUrl(surface);
}

/** The surface a message came from, or undefined when it is none of our frames. */
function surfaceOf(source: MessageEventSource | null): Surface | undefined {
  if (source !== null && source === view.appFrame.contentWindow) return surface;
  if (source !== null && source === view.stageFrame.contentWindow) return 'meetingStage';
  return undefined;
}

async function onMessage(event: MessageEvent): Promise<void> {
  if (event.origin !== window.location.origin) return;
  const from = surfaceOf(event.source);
  const message: AppMessage | undefined = parseAppMessage(event.data);
  if (!from || !message || !event.source) return;
  const target = event.source;
  const args = await answer(message, from, {
    state,
    getToken: async () => (await tokenFor(view.pick.user.value)).accessToken,
    shareToStage: (url) => {
      if (new URL(url, window.location.href).origin !== window.location.origin) return false;
      sharing = true;
      if (surface === 'sidePanel') view.showStage(url);
      return true;
    },
    stopSharing: () => {
      sharing = false;
      if (surface === 'sidePanel') view.showStage(undefined);
    },
    isSharing: () => sharing,
    setValid: (valid) => view.setSaveEnabled(valid),
    saveConfig: (config) => {
      if (new URL(config.contentUrl, window.location.href).origin !== window.location.origin)
        return 'contentUrl er ikke på appens domæne / not on the app domain';
      savedContentUrl = config.contentUrl;
      return undefined;
    },
    saved: (outcome) => {
      const texts = textsFor(locale);
      if (!outcome.ok || !savedContentUrl) {
        view.setStatus(texts.saveFailed(outcome.ok ? '—' : outcome.reason), true);
        view.setSaveEnabled(true);
        return;
      }
      // Teams now shows the tab: here, in the meeting's side panel.
      surface = 'sidePanel';
      view.pick.surface.value = surface;
      const url = savedContentUrl;
      void start().then(() => view.setStatus(texts.saved(url)));
    },
  });
  view.logCall(`${from}: ${message.func}${args ? '' : ` (${textsFor(locale).noAnswer})`}`);
  if (args) target.postMessage(replyTo(message, args), { targetOrigin: window.location.origin });
}

function changeTheme(next: HostTheme): void {
  theme = next;
  view.setTheme(theme);
  remember();
  for (const frame of [view.appFrame, view.stageFrame])
    frame.contentWindow?.postMessage(themeChangeEvent(theme), window.location.origin);
}

async function boot(): Promise<void> {
  view.render(textsFor(locale), locale);
  view.pick.surface.value = surface;
  view.pick.locale.value = locale;
  view.pick.theme.value = theme;
  window.addEventListener('message', (event) => void onMessage(event));
  try {
    const users = await fetchDemoUsers(sandbox);
    view.setUsers(users);
    view.render(textsFor(locale), locale);
    const wanted =
      users.find((u) => u.userPrincipalName === query.get('user')) ?? users.find((u) => u.role === 'leader');
    if (wanted) view.pick.user.value = wanted.userPrincipalName;
  } catch {
    view.setTheme(theme);
    view.setStatus(textsFor(locale).sandboxDown(sandbox), true);
    return;
  }
  view.pick.user.addEventListener('change', () => void start());
  view.pick.surface.addEventListener('change', () => {
    surface = oneOf(SURFACES, view.pick.surface.value, surface);
    void start();
  });
  view.pick.meeting.addEventListener('change', () => {
    chatId = view.pick.meeting.value === DEMO ? undefined : view.pick.meeting.value;
    void start();
  });
  view.pick.locale.addEventListener('change', () => {
    locale = oneOf(LOCALES, view.pick.locale.value, locale);
    void start();
  });
  view.pick.theme.addEventListener('change', () => changeTheme(oneOf(THEMES, view.pick.theme.value, theme)));
  view.save.addEventListener('click', () => {
    view.setSaveEnabled(false);
    view.appFrame.contentWindow?.postMessage(saveEvent(), window.location.origin);
  });
  await start();
}

void boot();
