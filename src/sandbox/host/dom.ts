/** What the local host pages (Teams and Outlook) do alike with their DOM. No protocol, no fetching. */
import type { HostLocale } from './protocol';

/** The element with `id`, of `type`; a host page without it is broken, so that throws. */
export function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The host page has no #${id}`);
  return found;
}

/** Each element's text by its id (the page's words in the language picked). */
export function writeTexts(words: Readonly<Record<string, string>>): void {
  for (const [id, text] of Object.entries(words)) element(id, HTMLElement).textContent = text;
}

/** The words both pages have: the page's language and title, its header, the call log's heading. */
export interface PageTexts {
  readonly title: string;
  readonly notice: string;
  readonly calls: string;
}

/** The page in the language picked: its language, title, header and the call log's heading. */
export function writePage(locale: HostLocale, texts: PageTexts): void {
  document.documentElement.lang = locale.slice(0, 2);
  document.title = `MUS – ${texts.title}`;
  writeTexts({ title: texts.title, notice: texts.notice, 'calls-title': texts.calls });
}

/** Each field's label (the element `#<key>-label`) with its text `texts[key]`. */
export function writeLabels<K extends string>(texts: Readonly<Record<K, string>>, keys: readonly K[]): void {
  writeTexts(Object.fromEntries(keys.map((key) => [`${key}-label`, texts[key]])));
}

/** A picker's options, one per value; the chosen value stays chosen when it is still there. */
export function fillOptions<T extends string>(
  select: HTMLSelectElement,
  values: readonly T[],
  label: (value: T) => string,
): void {
  const chosen = select.value;
  select.replaceChildren(...values.map((v) => new Option(label(v), v)));
  if (values.some((v) => v === chosen)) select.value = chosen;
}

/** Each language by its own name, as a language picker shows it. */
export const LOCALE_NAMES: Readonly<Record<HostLocale, string>> = { 'da-DK': 'Dansk', 'en-US': 'English' };

/** The list of what the app asked the host, newest first, the latest 30. */
export function callLog(list: HTMLOListElement) {
  return {
    clear: () => list.replaceChildren(),
    log(line: string): void {
      const item = document.createElement('li');
      item.textContent = line;
      list.prepend(item);
      while (list.children.length > 30) list.lastElementChild?.remove();
    },
  };
}
