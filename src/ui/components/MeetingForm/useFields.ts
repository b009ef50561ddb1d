import { useCallback, useRef, useState } from 'react';
import type { SavedText } from '../../../application/meeting/meetingForm';
import type { FieldState } from './MeetingForm.types';

/** Shared notes, and my private notes. */
export type Kind = 'shared' | 'private';
type Fields = Readonly<Record<Kind, Readonly<Record<string, FieldState>>>>;

/** The fields of saved texts by topic id, as loaded. Pure. */
export const fieldsOf = (saved: Readonly<Record<string, SavedText>>): Record<string, FieldState> =>
  Object.fromEntries(
    Object.entries(saved).map(([id, s]) => [id, { ...s, base: s.text, status: 'saved' as const }]),
  );

const EMPTY: FieldState = { text: '', etag: undefined, base: '', status: 'saved' };

/**
 * The form's text fields, readable at once (`get` and `all`, for saves that run later) and rendered
 * (`fields`). An update of a field not loaded starts from an empty one.
 */
export function useFields(initial: Fields) {
  const [fields, setFields] = useState(initial);
  const current = useRef(initial);
  const get = useCallback((kind: Kind, topicId: string) => current.current[kind][topicId], []);
  const all = useCallback(() => current.current, []);
  const update = useCallback((kind: Kind, topicId: string, change: (field: FieldState) => FieldState) => {
    const before = current.current[kind][topicId] ?? EMPTY;
    current.current = { ...current.current, [kind]: { ...current.current[kind], [topicId]: change(before) } };
    setFields(current.current);
  }, []);
  return { fields, get, all, update };
}
