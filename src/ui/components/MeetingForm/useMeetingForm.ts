import { useCallback, useEffect, useRef, useState } from 'react';
import { saveSharedNote, savePrivateNote } from '../../../application/meeting/notes';
import type { SavedText } from '../../../application/meeting/meetingForm';
import type { MeetingFormProps, MeetingFormState } from './MeetingForm.types';
import { useLive } from './useLive';
import { useMeetingGoals } from './useMeetingGoals';
import { fieldsOf, useFields, type Kind } from './useFields';

const AUTO_SAVE_MS = 1500;

/**
 * The meeting form's state: shared notes and my private notes per topic (saved after a pause in typing, on
 * `flush` and when the page is hidden or closed, with If-Match; a shared note the other party saved meanwhile
 * is shown as a conflict to resolve, never dropped), and the goals. A live layer, when given, hears every
 * keystroke of a shared note and brings the other party's.
 */
export function useMeetingForm({
  ports,
  snapshot,
  live: openLive,
  autoSaveMs = AUTO_SAVE_MS,
}: MeetingFormProps): MeetingFormState {
  const conversationId = snapshot.conversation.value.id;
  const [timers] = useState(() => new Map<string, ReturnType<typeof setTimeout>>());
  const queues = useRef(new Map<string, Promise<void>>());
  const { fields, get, update } = useFields({
    shared: fieldsOf(snapshot.notes),
    private: fieldsOf(snapshot.privateNotes),
  });
  const live = useLive(openLive, conversationId);
  const goals = useMeetingGoals(ports, conversationId, snapshot.goals, live);

  const save = useCallback(
    (kind: Kind, topicId: string) => {
      const key = `${kind}:${topicId}`;
      clearTimeout(timers.get(key));
      const run = async () => {
        const field = get(kind, topicId);
        if (!field || field.status === 'saved' || field.conflict) return;
        const sent: SavedText = { text: field.text, etag: field.etag };
        update(kind, topicId, (f) => ({ ...f, status: 'saving' }));
        const at = new Date().toISOString();
        if (kind === 'private') {
          const result = await savePrivateNote(ports, conversationId, topicId, sent);
          return update(kind, topicId, (f) =>
            result.ok
              ? {
                  ...f,
                  etag: result.value.etag,
                  savedAt: at,
                  status: f.text === sent.text ? 'saved' : 'unsaved',
                }
              : { ...f, status: 'failed' },
          );
        }
        const result = await saveSharedNote(ports, conversationId, topicId, sent);
        if (!result.ok) return update(kind, topicId, (f) => ({ ...f, status: 'failed' }));
        const outcome = result.value;
        update(kind, topicId, (f) => {
          if (outcome.kind === 'saved')
            return {
              ...f,
              etag: outcome.note.etag,
              savedAt: at,
              status: f.text === sent.text ? 'saved' : 'unsaved',
            };
          // The same text saved by the other party (heard live) is no conflict.
          if (outcome.theirs.text === f.text)
            return { ...f, etag: outcome.theirs.etag, savedAt: at, status: 'saved' };
          return { ...f, status: 'unsaved', conflict: outcome.theirs };
        });
      };
      const next = (queues.current.get(key) ?? Promise.resolve()).then(run);
      queues.current.set(key, next);
    },
    [ports, conversationId, get, update, timers],
  );

  const schedule = useCallback(
    (kind: Kind, topicId: string) => {
      const key = `${kind}:${topicId}`;
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => save(kind, topicId), autoSaveMs),
      );
    },
    [save, autoSaveMs, timers],
  );

  const change = useCallback(
    (kind: Kind, topicId: string, text: string) => {
      update(kind, topicId, (f) => ({ ...f, text, status: 'unsaved' }));
      if (kind === 'shared') live?.publish({ field: { kind: 'note', topicId }, text });
      schedule(kind, topicId);
    },
    [update, schedule, live],
  );

  // What was typed here and not yet shared (a reload, a closed panel, time offline) is typed again.
  useEffect(() => {
    for (const [topicId, text] of Object.entries(live?.drafted() ?? {})) change('shared', topicId, text);
  }, [live]); // eslint-disable-line react-hooks/exhaustive-deps -- once per live layer, not per keystroke

  const flush = useCallback(() => {
    for (const kind of ['shared', 'private'] as const)
      for (const [topicId, field] of Object.entries(fields[kind]))
        if (field.status === 'unsaved' || field.status === 'failed') save(kind, topicId);
  }, [fields, save]);

  // The other party's typing, heard live: shown where I have nothing unsaved of my own.
  useEffect(
    () =>
      live?.subscribe((heard) => {
        if (heard.field.kind !== 'note' || heard.text === undefined) return;
        const { topicId } = heard.field;
        const text = heard.text;
        update('shared', topicId, (f) => (f.status === 'saved' ? { ...f, text } : f));
      }),
    [live, update],
  );

  // Closing or hiding the panel saves what is typed.
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    // Back online: what failed to save meanwhile is saved now.
    window.addEventListener('online', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('online', onHide);
    };
  }, [flush]);
  useEffect(() => () => timers.forEach((timer) => clearTimeout(timer)), [timers]);

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
          conflict: undefined,
          status: 'unsaved',
        }));
        save('shared', topicId);
      },
      [update, save],
    ),
    takeTheirs: useCallback(
      (topicId: string) =>
        update('shared', topicId, (f) =>
          f.conflict
            ? { text: f.conflict.text, etag: f.conflict.etag, status: 'saved', savedAt: f.savedAt }
            : f,
        ),
      [update],
    ),
  };
}
