/**
 * The local Outlook host page (served at /host/outlook.html by the embedded default): an appointment being
 * organised, and the real MUS task pane framed beside it. The page provides `Office` (a stand-in shaped as
 * office.js, src/sandbox/host/outlookOffice.ts) on its own window, where the same-origin task pane finds it.
 */
import { element } from './dom';
import { createStandInOffice, type OutlookAppointment, type OutlookAttendee } from './outlookOffice';
import { OUTLOOK_LOCALES, outlookTextsFor, type OutlookLocale } from './outlookTexts';
import { fetchDemoUsers, sandboxUrl, type DemoUser } from './sandboxApi';

const form = {
  subject: element('subject', HTMLInputElement),
  required: element('required', HTMLSelectElement),
  optional: element('optional', HTMLSelectElement),
  start: element('start', HTMLInputElement),
  end: element('end', HTMLInputElement),
  body: element('body', HTMLTextAreaElement),
  locale: element('locale', HTMLSelectElement),
};
const frame = element('pane-frame', HTMLIFrameElement);
const calls = element('calls', HTMLOListElement);
const query = new URLSearchParams(window.location.search);
let locale: OutlookLocale = OUTLOOK_LOCALES.find((l) => l === query.get('locale')) ?? 'da-DK';
let users: readonly DemoUser[] = [];

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
    body: form.body.value,
  };
}

function logCall(name: string): void {
  const item = document.createElement('li');
  item.textContent = name;
  calls.prepend(item);
  while (calls.children.length > 30) calls.lastElementChild?.remove();
}

/** The page's words in the chosen language. */
function render(): void {
  const texts = outlookTextsFor(locale);
  document.documentElement.lang = locale.slice(0, 2);
  document.title = `MUS – ${texts.title}`;
  const words: Record<string, string> = {
    title: texts.title,
    notice: texts.notice,
    'appointment-title': texts.appointment,
    'subject-label': texts.subject,
    'required-label': texts.required,
    'optional-label': texts.optional,
    'start-label': texts.start,
    'end-label': texts.end,
    'body-label': texts.body,
    'locale-label': texts.locale,
    reload: texts.reload,
    'pane-title': texts.pane,
    'calls-title': texts.calls,
  };
  for (const [id, text] of Object.entries(words)) element(id, HTMLElement).textContent = text;
  frame.title = texts.pane;
  form.locale.replaceChildren(
    ...OUTLOOK_LOCALES.map((l) => new Option(l === 'da-DK' ? 'Dansk' : 'English', l)),
  );
  form.locale.value = locale;
}

/** A local `datetime-local` value, `days` from today at `hour`:00. */
function localTime(days: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

function fillDefaults(): void {
  const texts = outlookTextsFor(locale);
  form.subject.value = query.get('subject') ?? texts.defaultSubject;
  form.body.value = texts.defaultBody;
  form.start.value = localTime(7, 9);
  form.end.value = localTime(7, 10);
  // Employees first: a leader books MUS conversations with them.
  const ordered = [
    ...users.filter((u) => u.role === 'employee'),
    ...users.filter((u) => u.role !== 'employee'),
  ];
  const options = () =>
    ordered.map(
      (u) => new Option(u.jobTitle ? `${u.displayName} (${u.jobTitle})` : u.displayName, u.userPrincipalName),
    );
  form.required.replaceChildren(...options());
  form.optional.replaceChildren(...options());
  // Two employees invited, as a leader booking a MUS conversation would.
  const employees = users.filter((u) => u.role === 'employee').slice(0, 2);
  for (const option of form.required.options)
    option.selected = employees.some((u) => u.userPrincipalName === option.value);
}

function loadPane(): void {
  calls.replaceChildren();
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
        if (change.body !== undefined) form.body.value = change.body;
      },
      onCall: logCall,
    }),
  });
  const sandbox = sandboxUrl(window.location);
  try {
    users = await fetchDemoUsers(sandbox);
  } catch {
    element('status', HTMLParagraphElement).textContent = outlookTextsFor(locale).sandboxDown(sandbox);
  }
  fillDefaults();
  form.locale.addEventListener('change', () => {
    locale = OUTLOOK_LOCALES.find((l) => l === form.locale.value) ?? locale;
    render();
    loadPane();
  });
  element('reload', HTMLButtonElement).addEventListener('click', loadPane);
  loadPane();
}

void boot();
