import { useCallback, useRef, useState } from 'react';
import {
  answersOf,
  isSubmitted,
  savePreparation,
  type PreparationAnswers,
} from '../../../application/conversations/preparation';
import type { SaveTiming } from '../../../application/meeting/coalescedSaves';
import { useCoalescedSaves } from '../../app/useCoalescedSaves';
import type { PreparationFormHookResult, PreparationFormProps, SaveState } from './PreparationForm.types';

/** A draft is saved after a short pause in typing, and at least every 10 s while the typing goes on. */
export const PREPARATION_SAVE_TIMING: SaveTiming = { pauseMs: 1200, intervalMs: 10_000 };

/**
 * The preparation as typed, saved as a draft by one coalesced saver (with the eTag of the last save, one save
 * at a time): after a pause in typing, at once when the page is hidden (a phone switching apps) or the form
 * closes, again when the browser is back online after a failed save; "Aflever" saves what is on screen and
 * freezes it.
 */
export function usePreparationForm({
  ports,
  conversationId,
  preparation,
  saveTiming = PREPARATION_SAVE_TIMING,
}: PreparationFormProps): PreparationFormHookResult {
  const [answers, setAnswers] = useState<PreparationAnswers>(() => answersOf(preparation));
  const [save, setSave] = useState<SaveState>(() =>
    preparation.mine ? { status: 'saved', at: preparation.mine.value.updatedAt } : { status: 'unsaved' },
  );
  const [submitted, setSubmitted] = useState(() => isSubmitted(preparation));
  const etag = useRef(preparation.mine?.etag);
  const latest = useRef(answers);
  const dirty = useRef(false);
  const handIn = useRef(false);

  /** Writes what is unsaved (and hands in when asked); false when the service could not be reached. */
  const write = useCallback(async (): Promise<boolean> => {
    if (!dirty.current && !handIn.current) return true;
    const sent = latest.current;
    const submit = handIn.current;
    dirty.current = false;
    setSave({ status: 'saving' });
    const result = await savePreparation(ports, conversationId, etag.current, sent, submit);
    if (!result.ok) {
      dirty.current = true;
      setSave({ status: 'failed', failure: result.failure });
      return result.failure.reason !== 'unreachable' && result.failure.reason !== 'unavailable';
    }
    etag.current = result.value.etag;
    if (submit) handIn.current = false;
    if (result.value.value.submittedAt) setSubmitted(true);
    setSave(
      latest.current === sent ? { status: 'saved', at: result.value.value.updatedAt } : { status: 'unsaved' },
    );
    return true;
  }, [ports, conversationId]);
  const saves = useCoalescedSaves(write, saveTiming);

  const change = useCallback(
    (topicId: string, text: string) => {
      latest.current = { ...latest.current, [topicId]: text };
      dirty.current = true;
      setAnswers(latest.current);
      setSave({ status: 'unsaved' });
      saves.changed();
    },
    [saves],
  );
  const now = useCallback(() => {
    saves.changed();
    void saves.flush();
  }, [saves]);

  return {
    answers,
    save,
    submitted,
    change,
    saveNow: now,
    submit: useCallback(() => {
      handIn.current = true;
      now();
    }, [now]),
  };
}
