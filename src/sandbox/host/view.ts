/** The host page's DOM: its pickers, status, call log and frames. No protocol, no fetching. */
import type { HostLocale, HostTheme, Surface } from './protocol';
import { LOCALES, SURFACES, THEMES } from './protocol';
import type { DemoRole, DemoUser } from './sandboxApi';
import type { HostTexts } from './texts';
import { element } from './dom';

const ROLE_ORDER: readonly DemoRole[] = ['leader', 'employee', 'hr', 'director'];
const MAX_CALLS = 30;

export function hostView() {
  const pick = {
    user: element('user', HTMLSelectElement),
    surface: element('surface', HTMLSelectElement),
    locale: element('locale', HTMLSelectElement),
    theme: element('theme', HTMLSelectElement),
  };
  const main = element('main', HTMLElement);
  const meeting = element('meeting', HTMLDivElement);
  const meetingText = element('meeting-text', HTMLParagraphElement);
  const appFrame = element('app-frame', HTMLIFrameElement);
  const stageFrame = element('stage-frame', HTMLIFrameElement);
  const status = element('status', HTMLParagraphElement);
  const configBar = element('config-bar', HTMLDivElement);
  const save = element('save', HTMLButtonElement);
  const calls = element('calls', HTMLOListElement);
  let users: readonly DemoUser[] = [];

  const setText = (id: string, text: string) => {
    element(id, HTMLElement).textContent = text;
  };
  const options = <T extends string>(
    select: HTMLSelectElement,
    values: readonly T[],
    label: (v: T) => string,
  ) => {
    const chosen = select.value;
    select.replaceChildren(...values.map((v) => new Option(label(v), v)));
    if (values.some((v) => v === chosen)) select.value = chosen;
  };

  return {
    pick,
    appFrame,
    stageFrame,
    save,

    /** Write every text in `texts` (the host follows the locale picked for the app). */
    render(texts: HostTexts, locale: HostLocale): void {
      document.documentElement.lang = locale.slice(0, 2);
      document.title = `MUS – ${texts.title}`;
      setText('title', texts.title);
      setText('notice', texts.notice);
      setText('user-label', texts.user);
      setText('surface-label', texts.surface);
      setText('locale-label', texts.locale);
      setText('theme-label', texts.theme);
      setText('calls-title', texts.calls);
      save.textContent = texts.save;
      meetingText.textContent = texts.meetingArea;
      appFrame.title = texts.frameTitle;
      stageFrame.title = `${texts.frameTitle} – ${texts.surfaces.meetingStage}`;
      options(pick.surface, SURFACES, (v) => texts.surfaces[v]);
      options(pick.locale, LOCALES, (v) => texts.locales[v]);
      options(pick.theme, THEMES, (v) => texts.themes[v]);
      const chosen = pick.user.value;
      pick.user.replaceChildren(
        ...ROLE_ORDER.map((role) => {
          const group = document.createElement('optgroup');
          group.label = texts.roles[role];
          for (const u of users.filter((x) => x.role === role))
            group.append(
              new Option(
                u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName,
                u.userPrincipalName,
              ),
            );
          return group;
        }).filter((g) => g.children.length > 0),
      );
      if (chosen) pick.user.value = chosen;
    },

    setUsers(list: readonly DemoUser[]): void {
      users = list;
    },

    setStatus(text: string, error = false): void {
      status.textContent = text;
      status.toggleAttribute('data-error', error);
    },

    setTheme(theme: HostTheme): void {
      document.body.dataset.theme = theme;
    },

    /** Lay the main area out for `surface`: a personal tab fills it; a meeting has its stage and panel. */
    layout(surface: Surface): void {
      main.dataset.surface = surface;
      meeting.hidden = surface !== 'sidePanel';
      appFrame.hidden = false;
      configBar.hidden = surface !== 'settings';
      save.disabled = true;
    },

    /** Enable Save only when the configuration page said it is valid, as Teams does. */
    setSaveEnabled(enabled: boolean): void {
      save.disabled = !enabled;
    },

    /** Show `url` on the meeting stage next to the side panel, or the meeting placeholder when undefined. */
    showStage(url: string | undefined): void {
      stageFrame.hidden = url === undefined;
      meetingText.hidden = url !== undefined;
      if (url === undefined) stageFrame.removeAttribute('src');
      else stageFrame.src = url;
    },

    clearCalls(): void {
      calls.replaceChildren();
    },

    logCall(line: string): void {
      const item = document.createElement('li');
      item.textContent = line;
      calls.prepend(item);
      while (calls.children.length > MAX_CALLS) calls.lastElementChild?.remove();
    },
  };
}

export type HostView = ReturnType<typeof hostView>;
