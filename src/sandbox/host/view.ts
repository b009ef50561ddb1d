/** The host page's DOM: its pickers, status, call log and frames. No protocol, no fetching. */
import type { HostLocale, HostTheme, Surface } from './protocol';
import { LOCALES, SURFACES, THEMES } from './protocol';
import type { DemoMeeting, DemoRole, DemoUser } from './sandboxApi';
import type { HostTexts } from './texts';
import { element } from './dom';

const ROLE_ORDER: readonly DemoRole[] = ['leader', 'employee', 'hr', 'director'];
const MAX_CALLS = 30;
/** The picker's value for the demo meeting (no conversation is held in it). */
export const DEMO = 'demo';

export function hostView() {
  const pick = {
    user: element('user', HTMLSelectElement),
    surface: element('surface', HTMLSelectElement),
    meeting: element('meeting-pick', HTMLSelectElement),
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
  const meetingLabel = element('meeting-label', HTMLLabelElement);
  let users: readonly DemoUser[] = [];
  let meetings: readonly DemoMeeting[] = [];

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

  /** One option per meeting ("subject – time"), then the demo meeting; `chosen` stays chosen. */
  function renderMeetings(texts: HostTexts, locale: HostLocale, chosen = pick.meeting.value): void {
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const options = meetings.map(
      (m) =>
        new Option(
          `${m.subject} – ${when.format(new Date(m.start))}${m.mus ? '' : ` (${texts.withoutMus})`}`,
          m.chatId,
        ),
    );
    if (chosen && chosen !== DEMO && !meetings.some((m) => m.chatId === chosen))
      options.push(new Option(texts.otherMeeting(chosen), chosen));
    options.push(new Option(texts.demoMeeting, DEMO));
    pick.meeting.replaceChildren(...options);
    pick.meeting.value = chosen || DEMO;
  }

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
      setText('meeting-label', texts.meeting);
      renderMeetings(texts, locale);
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

    /** The chosen user's meetings (the picker keeps `chosen`, listed even when it is not theirs). */
    setMeetings(list: readonly DemoMeeting[], texts: HostTexts, locale: HostLocale, chosen?: string): void {
      meetings = list;
      renderMeetings(texts, locale, chosen);
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
      pick.meeting.hidden = surface === 'content';
      meetingLabel.hidden = surface === 'content';
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
