import { useCallback, useEffect } from 'react';
import { SAVE_TIMING } from '../../../application/meeting/coalescedSaves';
import { saveSharedNote, savePrivateNote } from '../../../application/meeting/notes';
import { useCoalescedSaves } from '../../app/useCoalescedSaves';
import type { FieldState, MeetingFormProps, MeetingFormState } from './MeetingForm.types';
import { fieldsOf, useFields, type Kind } from './useFields';
import { useLive } from './useLive';
import { useMeetingGoals } from './useMeetingGoals';

const failed = (f: FieldState): FieldState => ({ ...f, status: 'failed' });

/**
 * The meeting form's state: shared notes and my private notes per topic, and the goals. The record is saved
 * by ONE saver per conversation (`coalescedSaves.ts`): everything typed goes into its next save, on a pause,
 * at most every few seconds while the typing goes on, at once on a topic change (`flush`) and when the page
 * is hidden or closed; each note with If-Match. A shared note the other party saved meanwhile is shown as a
 * conflict to resolve, never dropped. A live layer, when given, hears every keystroke of a shared note and
 * brings the other party's, and each save's eTag, so that the next save meets no avoidable 412.
 */
export function useMeetingForm({
  ports,
  snapshot,
  live: openLive,
  saveTiming = SAVE_TIMING,
}: MeetingFormProps): MeetingFormState {
  const conversationId = snapshot.conversation.value.id;
  const { fields, get, all, update } = useFields({
    shared: fieldsOf(snapshot.notes),
    private: fieldsOf(snapshot.privateNotes),
  });
  const live = useLive(openLive, conversationId);
  const goals = useMeetingGoals(ports, conversationId, snapshot, live);

  /** Saves one field if it has unsaved text; false when it must be tried again. */
  const saveField = useCallback(
    async (kind: Kind, topicId: string): Promise<boolean> => {
      const field = get(kind, topicId);
      if (!field || field.status === 'saved' || field.conflict) return true;
      const sent = { text: field.text, etag: field.etag };
      const base = field.base ?? field.text;
      update(kind, topicId, (f) => ({ ...f, status: 'saving' }));
      const savedAt = new Date().toISOString();
      const done =
        (etag: string | undefined) =>
        (f: FieldState): FieldState => ({
          ...f,
          etag,
          savedAt,
          // Heard live while saving: the other party's text stays the base of what is typed next.
          base: f.base === field.base ? sent.text : f.base,
          status: f.text === sent.text || f.heard ? 'saved' : 'unsaved',
        });
      if (kind === 'private') {
        const result = await savePrivateNote(ports, conversationId, topicId, sent);
        update(kind, topicId, result.ok ? done(result.value.etag) : failed);
        return result.ok;
      }
      const result = await saveSharedNote(ports, conversationId, topicId, sent, base);
      if (!result.ok) return (update(kind, topicId, failed), false);
      const outcome = result.value;
      if (outcome.kind === 'conflict')
        return (update(kind, topicId, (f) => ({ ...f, status: 'unsaved', conflict: outcome.theirs })), true);
      update(kind, topicId, done(outcome.note.etag));
      live?.publish({ field: { kind: 'note', topicId }, ...outcome.note });
      return true;
    },
    [ports, conversationId, get, update, live],
  );

  const saveAll = useCallback(async () => {
    const now = all();
    const kinds = ['shared', 'private'] as const;
    const saved = await Promise.all(
      kinds.flatMap((kind) => Object.keys(now[kind]).map((topicId) => saveField(kind, topicId))),
    );
    return saved.every(Boolean);
  }, [all, saveField]);
  const saves = useCoalescedSaves(saveAll, saveTiming);
  const flush = useCallback(() => void saves.flush(), [saves]);

  const change = useCallback(
    (kind: Kind, topicId: string, text: string) => {
      update(kind, topicId, (f) => ({ ...f, text, heard: false, status: 'unsaved' }));
      if (kind === 'shared') live?.publish({ field: { kind: 'note', topicId }, text });
      saves.changed();
    },
    [update, live, saves],
  );

  // What was typed here and not yet shared (a reload, a closed panel, time offline) is typed again.
  useEffect(() => {
    for (const [topicId, text] of Object.entries(live?.drafted() ?? {})) change('shared', topicId, text);
  }, [live]); // eslint-disable-line react-hooks/exhaustive-deps -- once per live layer, not per keystroke

  // The other party's typing, heard live (after mine: the live map orders both); their saves' eTags.
  useEffect(
    () =>
      live?.subscribe(({ field, text, etag }) => {
        if (field.kind !== 'note' || text === undefined) return;
        update('shared', field.topicId, (f) => {
          if (f.conflict) return f;
          if (etag === undefined)
            return {
              ...f,
              text,
              base: text,
              heard: true,
              status: f.status === 'saving' ? 'saving' : 'saved',
            };
          if (f.base !== text && f.text !== text) return f;
          const same = f.text === text && f.status !== 'saving';
          return {
            ...f,
            etag,
            base: text,
            ...(same ? { status: 'saved', savedAt: new Date().toISOString() } : {}),
          };
        });
      }),
    [live, update],
  );

  return {
    notes: fields.shared,
    privateNotes: fields.private,
    ...goals,
    changeNote: useCallback((topicId, text) => change('shared', topicId, text), [change]),
    changePrivateNote: useCallback((topicId, text) => change('private', topicId, text), [change]),
    flush,
    keepMine: useCallback(
      (topicId: string) => {
        update('shared', topicId, (f) => ({
          ...f,
          etag: f.conflict?.etag,
          base: f.conflict?.text,
          conflict: undefined,
          status: 'unsaved',
        }));
        saves.changed();
        flush();
      },
      [update, flush, saves],
    ),
    takeTheirs: useCallback(
      (topicId: string) =>
        update('shared', topicId, (f) =>
          f.conflict
            ? {
                ...f,
                text: f.conflict.text,
                etag: f.conflict.etag,
                base: f.conflict.text,
                conflict: undefined,
                status: 'saved',
              }
            : f,
        ),
      [update],
    ),
  };
}
