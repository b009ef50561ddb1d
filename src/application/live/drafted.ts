import type { DraftField } from '../ports/LivePort';

/** The shared notes of a local draft not yet shared (topic id → text): typed, and not what was shared. */
export function draftedNotes(fields: Readonly<Record<string, DraftField>>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, field] of Object.entries(fields))
    if (key.startsWith('note:') && field.text !== field.base) texts[key.slice('note:'.length)] = field.text;
  return texts;
}
