/** The host page's DOM: its pickers, status, call log and frames. No protocol, no fetching. */
import type { HostLocale, HostTheme, Surface } from './protocol';
import { LOCALES, SURFACES, THEMES } from './protocol';
import { userLabel, type DemoMeeting, type DemoRole, type DemoUser } from './sandboxApi';
import type { HostTexts } from './texts';
import { callLog, element, fillOptions, LOCALE_NAMES, writeLabels, writePage } from './dom';

const ROLE_ORDER: readonly DemoRole[] = ['leader', 'employee', 'hr', 'director'];
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
  const calls = callLog(element('calls', HTMLOListElement));
  const meetingLabel = element('meeting-label', HTMLLabelElement);
  let users: readonly DemoUser[] = [];
  let meetings: readonly DemoMeeting[] = [];

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
      writePage(locale, texts);
      writeLabels(texts, ['user', 'surface', 'meeting', 'locale', 'theme']);
      renderMeetings(texts, locale);
      save.textContent = texts.save;
      meetingText.textContent = texts.meetingArea;
      appFrame.title = texts.frameTitle;
      stageFrame.title = `${texts.frameTitle} – ${texts.surfaces.meetingStage}`;
      fillOptions(pick.surface, SURFACES, (v) => texts.surfaces[v]);
      fillOptions(pick.locale, LOCALES, (v) => LOCALE_NAMES[v]);
      fillOptions(pick.theme, THEMES, (v) => texts.themes[v]);
      const chosen = pick.user.value;
      pick.user.replaceChildren(
        ...ROLE_ORDER.map((role) => {
          const group = document.createElement('optgroup');
          group.label = texts.roles[role];
          for (const u of users.filter((x) => x.role === role))
            group.append(new Option(userLabel(u), u.userPrincipalName));
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

    clearCalls: calls.clear,
    logCall: calls.log,
  };
}

export type HostView = ReturnType<typeof hostView>;
