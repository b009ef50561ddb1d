import type { SharedChange, SharedField } from '../meeting/live';

/**
 * The keys of the live map: only what both parties see. A topic's shared note (`note:<topicId>`) and its last
 * save (`saved:<topicId>`: the text and its eTag), a goal's text being written (`goal:<goalId>:goal|activities`)
 * and "the goals changed" (`goals`); never a private note, never a preparation.
 */
const ID = '[A-Za-z0-9._-]+';
export const SHARED_KEY = new RegExp(`^(note:${ID}|saved:${ID}|goal:${ID}:(goal|activities)|goals)$`);

export const noteKey = (topicId: string): string => `note:${topicId}`;

/** The live key of a change. */
export function keyOf(change: SharedChange): string {
  const field = change.field;
  if (field.kind === 'goals') return 'goals';
  if (field.kind === 'goal') return `goal:${field.goalId}:${field.part}`;
  return `${change.etag === undefined ? 'note' : 'saved'}:${field.topicId}`;
}

/** The field a live key holds, or undefined for a key that is no shared field. */
export function fieldOf(key: string): { field: SharedField; saved: boolean } | undefined {
  if (!SHARED_KEY.test(key)) return undefined;
  const [kind = '', id = '', part] = key.split(':');
  if (kind === 'goals') return { field: { kind: 'goals' }, saved: false };
  if (kind === 'goal')
    return { field: { kind: 'goal', goalId: id, part: part as 'goal' | 'activities' }, saved: false };
  return { field: { kind: 'note', topicId: id }, saved: kind === 'saved' };
}
