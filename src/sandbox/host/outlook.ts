/**
 * The local Outlook host page (served at /host/outlook.html by the embedded default): an appointment being
 * organised, and the real MUS task pane framed beside it. The page provides `Office` (a stand-in shaped as
 * office.js, src/sandbox/host/outlookOffice.ts) on its own window, where the same-origin task pane finds it.
 */
import { callLog, element, fillOptions, LOCALE_NAMES, writeLabels, writePage, writeTexts } from './dom';
import { saveAppointment } from './outlookSave';
import { createStandInOffice, type OutlookAppointment, type OutlookAttendee } from './outlookOffice';
import { outlookTextsFor } from './outlookTexts';
import { LOCALES, type HostLocale } from './protocol';
import { fetchDemoUsers, fetchSandboxNow, sandboxUrl, signIn, userLabel, type DemoUser } from './sandboxApi';

const form = {
  organizer: element('organizer', HTMLSelectElement),
  teams: element('teams', HTMLInputElement),
  subject: element('subject', HTMLInputElement),
  required: element('required', HTMLSelectElement),
  optional: element('optional', HTMLSelectElement),
  start: element('start', HTMLInputElement),
  end: element('end', HTMLInputElement),
  body: element('body', HTMLDivElement),
  locale: element('locale', HTMLSelectElement),
};
const frame = element('pane-frame', HTMLIFrameElement);
const calls = callLog(element('calls', HTMLOListElement));
const query = new URLSearchParams(window.location.search);
let locale: HostLocale = LOCALES.find((l) => l === query.get('locale')) ?? 'da-DK';
let users: readonly DemoUser[] = [];
/** The saved appointment's id in the organizer's calendar, once Outlook has saved it. */
let savedId: string | undefined;
/** The add-in's custom properties, as last saved with the item. */
let savedProperties: Readonly<Record<string, string>> = {};
const sandbox = sandboxUrl(window.location);
const organizer = () => form.organizer.value;

const chosen = (select: HTMLSelectElement): OutlookAttendee[] =>
  [...select.selectedOptions].flatMap((option) => {
    const user = users.find((u) => u.userPrincipalName === option.value);
    return user ? [{ displayName: user.displayName, emailAddress: user.userPrincipalName }] : [];
  });

function appointment(): OutlookAppointment {
  return {
    subject: form.subject.value,
    requiredAttendees: chosen(form.required),
    optionalAttendees: chosen(form.optional),
    start: new Date(form.start.value),
    end: new Date(form.end.value),
    body: form.body.innerHTML,
  };
}

/** The page's words in the chosen language. */
function render(): void {
  const texts = outlookTextsFor(locale);
  writePage(locale, texts);
  writeLabels(texts, [
    'organizer',
    'subject',
    'required',
    'optional',
    'start',
    'end',
    'teams',
    'body',
    'locale',
  ]);
  writeTexts({
    'appointment-title': texts.appointment,
    send: texts.send,
    reload: texts.reload,
    'pane-title': texts.pane,
  });
  frame.title = texts.pane;
  fillOptions(form.locale, LOCALES, (l) => LOCALE_NAMES[l]);
  form.locale.value = locale;
}

/** A local `datetime-local` value, `days` from `today` at `hour`:00. */
function localTime(today: Date, days: number, hour: number): string {
  const date = new Date(today);
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

function fillDefaults(today: Date): void {
  const texts = outlookTextsFor(locale);
  const leaders = users.filter((u) => u.role === 'leader');
  form.organizer.replaceChildren(...leaders.map((u) => new Option(u.displayName, u.userPrincipalName)));
  const wanted = leaders.find((u) => u.userPrincipalName === query.get('organizer'));
  if (wanted) form.organizer.value = wanted.userPrincipalName;
  form.subject.value = query.get('subject') ?? texts.defaultSubject;
  form.body.textContent = texts.defaultBody;
  form.start.value = localTime(today, 7, 9);
  form.end.value = localTime(today, 7, 10);
  // Employees first: a leader books MUS conversations with them.
  const ordered = [
    ...users.filter((u) => u.role === 'employee'),
    ...users.filter((u) => u.role !== 'employee'),
  ];
  const options = () => ordered.map((u) => new Option(userLabel(u), u.userPrincipalName));
  form.required.replaceChildren(...options());
  form.optional.replaceChildren(...options());
  inviteFirstReport();
}

/** One of the organizer's direct reports invited, as a leader booking a MUS conversation would. */
function inviteFirstReport(): void {
  const boss = users.find((u) => u.userPrincipalName === organizer());
  const report = users.find((u) => boss && u.managerId === boss.id);
  for (const option of form.required.options) option.selected = option.value === report?.userPrincipalName;
}

/** What Outlook does on save (and on send): the appointment in the organizer's calendar, through Graph. */
async function save(customProperties: Readonly<Record<string, string>>, sent = false): Promise<string> {
  const texts = outlookTextsFor(locale);
  const saved = element('saved', HTMLParagraphElement);
  try {
    const token = await signIn(sandbox, organizer(), 'https://graph.microsoft.com/Calendars.ReadWrite');
    savedProperties = customProperties;
    savedId = await saveAppointment(sandbox, token.accessToken, {
      id: savedId,
      appointment: appointment(),
      teams: form.teams.checked,
      customProperties,
    });
    saved.textContent = sent ? texts.sent : texts.saved;
    return savedId;
  } catch (error) {
    saved.textContent = texts.saveFailed(String(error));
    throw error;
  }
}

function loadPane(): void {
  calls.clear();
  const params = new URLSearchParams(window.location.search);
  params.set('locale', locale);
  window.history.replaceState(null, '', `?${params.toString()}`);
  frame.src = new URL('../taskpane.html', window.location.href).toString();
}

async function boot(): Promise<void> {
  render();
  Object.assign(window, {
    Office: createStandInOffice({
      appointment,
      locale: () => locale,
      update: (change) => {
        if (change.subject !== undefined) form.subject.value = change.subject;
        if (change.body !== undefined) form.body.innerHTML = change.body;
        for (const option of form.required.options)
          if (change.requiredAttendees?.some((a) => a.emailAddress === option.value)) option.selected = true;
      },
      save,
      signIn: async () => {
        const token = await signIn(sandbox, organizer());
        return JSON.stringify({ ok: true, token: token.accessToken });
      },
      onCall: calls.log,
    }),
  });
  // The organisation's time is the sandbox's (tests move it forward), as the service's is.
  let today = new Date();
  try {
    [users, today] = await Promise.all([fetchDemoUsers(sandbox), fetchSandboxNow(sandbox)]);
  } catch {
    element('status', HTMLParagraphElement).textContent = outlookTextsFor(locale).sandboxDown(sandbox);
  }
  fillDefaults(today);
  form.locale.addEventListener('change', () => {
    locale = LOCALES.find((l) => l === form.locale.value) ?? locale;
    render();
    loadPane();
  });
  element('reload', HTMLButtonElement).addEventListener('click', loadPane);
  element('send', HTMLButtonElement).addEventListener('click', () => void save(savedProperties, true));
  form.organizer.addEventListener('change', () => {
    inviteFirstReport();
    loadPane();
  });
  loadPane();
}

void boot();
