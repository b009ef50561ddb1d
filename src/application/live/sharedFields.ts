/**
 * Which fields the live layer may carry: only what both parties see. A shared note per topic
 * (`note:<topicId>`) and a goal's text (`goal:<goalId>:<field>`); never a private note, never a preparation.
 */
export const SHARED_KEY = /^(note:[A-Za-z0-9._-]+|goal:[A-Za-z0-9._-]+:(goal|activities))$/;

export const noteKey = (topicId: string): string => `note:${topicId}`;
export const goalKey = (goalId: string, field: 'goal' | 'activities'): string => `goal:${goalId}:${field}`;

export function requireSharedKey(key: string): string {
  if (!SHARED_KEY.test(key)) throw new Error(`Not a shared field: ${key}`);
  return key;
}

/** The record's shared texts by key, from the conversation's shared notes and goals (nothing else). */
export function sharedFieldsOf(record: {
  notes: readonly { topicId: string; text: string }[];
  goals: readonly { id: string; goal: string; activities: readonly string[] }[];
}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const note of record.notes) fields[noteKey(note.topicId)] = note.text;
  for (const goal of record.goals) {
    fields[goalKey(goal.id, 'goal')] = goal.goal;
    fields[goalKey(goal.id, 'activities')] = goal.activities.join('\n');
  }
  return fields;
}
