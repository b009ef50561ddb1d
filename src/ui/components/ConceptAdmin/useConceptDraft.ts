import { useCallback, useMemo, useState } from 'react';
import {
  checkEdit,
  conceptAdmin,
  conceptKey,
  editOf,
  type ConceptTarget,
  type DraftEdit,
} from '../../../application/concepts/conceptAdmin';
import type { MusFailure, MusPorts, Outcome } from '../../../application/mus/musCall';
import type {
  ConceptDraftStart,
  PublishedConcept,
  VersionedConceptDraft,
} from '../../../application/ports/ConceptApiPort';
import { useOutcome } from '../../app/useOutcome';

/**
 * One target's draft: loaded with the concept in force; started, edited on screen, saved with its eTag and
 * published through the use case. An edit not yet saved is saved before publishing.
 */
export function useConceptDraft(ports: MusPorts, target: ConceptTarget) {
  const key = conceptKey(target);
  const admin = useMemo(() => conceptAdmin(ports), [ports]);
  const { state, retry } = useOutcome(useCallback(() => admin.load(key), [admin, key]));
  // undefined: the loaded one; null: none (published).
  const [draft, setDraft] = useState<VersionedConceptDraft | null>();
  const [edit, setEdit] = useState<DraftEdit>();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<MusFailure>();
  const [published, setPublished] = useState<PublishedConcept>();
  const current = draft === undefined ? (state.status === 'ready' ? state.value.draft : null) : draft;
  const editing = edit ?? (current ? editOf(current) : undefined);
  const error = editing && tried ? checkEdit(editing, target.template) : undefined;

  async function run<T>(call: () => Promise<Outcome<T>>): Promise<T | undefined> {
    setBusy(true);
    const outcome = await call();
    setBusy(false);
    setFailure(outcome.ok ? undefined : outcome.failure);
    return outcome.ok ? outcome.value : undefined;
  }
  const take = (next: VersionedConceptDraft | null) => {
    setDraft(next);
    setEdit(undefined);
    setTried(false);
  };

  const start = async (from: ConceptDraftStart) => {
    const started = await run(() => admin.start(key, current?.etag, from));
    if (started) {
      take(started);
      setPublished(undefined);
    }
  };
  const save = async (): Promise<VersionedConceptDraft | undefined> => {
    setTried(true);
    if (!editing || checkEdit(editing, target.template)) return undefined;
    if (!edit && current) return current;
    const saved = await run(() => admin.save(key, current?.etag, editing));
    if (saved) take(saved);
    return saved;
  };
  const publish = async () => {
    const saved = await save();
    if (!saved) return;
    const concept = await run(() => admin.publish(key, saved.etag));
    if (!concept) return;
    setPublished(concept);
    take(null);
    retry();
  };
  /** After a refusal (a stale version): the draft as stored now, edits on screen dropped. */
  const reload = () => {
    setDraft(undefined);
    setEdit(undefined);
    setFailure(undefined);
    retry();
  };
  return {
    state,
    retry,
    draft: current,
    edit: editing,
    dirty: edit !== undefined,
    change: (f: (e: DraftEdit) => DraftEdit) => editing && setEdit(f(editing)),
    error,
    busy,
    failure,
    published,
    start,
    save,
    publish,
    reload,
  };
}
export type ConceptDraftHook = ReturnType<typeof useConceptDraft>;
