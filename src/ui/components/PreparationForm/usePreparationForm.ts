import { useCallback, useEffect, useRef, useState } from 'react';
import {
  answersOf,
  isSubmitted,
  savePreparation,
  type PreparationAnswers,
} from '../../../application/conversations/preparation';
import type { PreparationFormHookResult, PreparationFormProps, SaveState } from './PreparationForm.types';

const AUTO_SAVE_MS = 1200;

/**
 * The preparation as typed: saved as a draft after a pause in typing (with the eTag of the last save, one
 * save at a time), saved at once and frozen on "Aflever".
 */
export function usePreparationForm({
  ports,
  conversationId,
  preparation,
  autoSaveMs = AUTO_SAVE_MS,
}: PreparationFormProps): PreparationFormHookResult {
  const [answers, setAnswers] = useState<PreparationAnswers>(() => answersOf(preparation));
  const [save, setSave] = useState<SaveState>(() =>
    preparation.mine ? { status: 'saved', at: preparation.mine.value.updatedAt } : { status: 'unsaved' },
  );
  const [submitted, setSubmitted] = useState(() => isSubmitted(preparation));
  const etag = useRef(preparation.mine?.etag);
  const latest = useRef(answers);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(
    (submit: boolean) => {
      clearTimeout(timer.current);
      queue.current = queue.current.then(async () => {
        setSave({ status: 'saving' });
        const result = await savePreparation(ports, conversationId, etag.current, latest.current, submit);
        if (!result.ok) return setSave({ status: 'failed', failure: result.failure });
        etag.current = result.value.etag;
        setSave({ status: 'saved', at: result.value.value.updatedAt });
        if (result.value.value.submittedAt) setSubmitted(true);
      });
    },
    [ports, conversationId],
  );

  const change = useCallback(
    (topicId: string, text: string) => {
      latest.current = { ...latest.current, [topicId]: text };
      setAnswers(latest.current);
      setSave({ status: 'unsaved' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => write(false), autoSaveMs);
    },
    [write, autoSaveMs],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    answers,
    save,
    submitted,
    change,
    saveNow: useCallback(() => write(false), [write]),
    submit: useCallback(() => write(true), [write]),
  };
}
