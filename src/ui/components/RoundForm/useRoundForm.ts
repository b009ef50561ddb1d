import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MusFailure } from '../../../application/mus/musCall';
import type { Concept } from '../../../application/ports/MusApiPort';
import { createRound, loadRoundConcepts } from '../../../application/rounds/planRound';
import {
  checkRoundDraft,
  defaultRoundDraft,
  plannedAgenda,
  roundConcept,
  roundYear,
  type RoundDraft,
} from '../../../application/rounds/roundDraft';
import type { RoundFormHookResult, RoundFormProps, RoundFormState } from './RoundForm.types';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: MusFailure }
  | { readonly status: 'ready'; readonly concepts: readonly Concept[] };

/** The draft of a new round: concepts from the service, checks on every edit, one round id per form. */
export function useRoundForm({ ports, reports, onCreated }: RoundFormProps): RoundFormHookResult {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<RoundDraft | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  // One id for this form: sending it again after a failure finishes the same round.
  const [roundId] = useState(() => crypto.randomUUID());
  const [today] = useState(() => new Date());

  useEffect(() => {
    let active = true;
    void loadRoundConcepts(ports).then((result) => {
      if (!active) return;
      if (!result.ok) return setLoaded({ status: 'failed', failure: result.failure });
      setLoaded({ status: 'ready', concepts: result.value });
      const first = result.value[0];
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (first) setDraft((d) => d ?? defaultRoundDraft(first, reports, today, zone));
    });
    return () => {
      active = false;
    };
  }, [ports, reports, today, attempt]);

  const state = useMemo((): RoundFormState => {
    if (loaded.status !== 'ready') return loaded;
    const chosen = loaded.concepts.find((c) => c.id === draft?.conceptId) ?? loaded.concepts[0];
    if (!chosen || !draft) return { status: 'noConcepts' };
    // The chosen concept names the template; the round's year decides which of its concepts it is held with.
    const concept = roundConcept(loaded.concepts, chosen, roundYear(draft, today), today);
    const errors = tried ? checkRoundDraft(draft, today) : {};
    const agenda = plannedAgenda(concept, draft, roundId);
    return { status: 'editing', concepts: loaded.concepts, concept, draft, agenda, errors };
  }, [loaded, draft, tried, today, roundId]);

  const update = useCallback((change: Partial<RoundDraft>) => {
    setDraft((d) => (d ? { ...d, ...change } : d));
  }, []);

  const toggle = useCallback((list: 'employeeIds' | 'optionalTopicIds', id: string) => {
    setDraft((d) => {
      if (!d) return d;
      const ids = d[list].includes(id) ? d[list].filter((x) => x !== id) : [...d[list], id];
      return { ...d, [list]: ids };
    });
  }, []);

  const submit = useCallback(() => {
    if (state.status !== 'editing') return;
    setTried(true);
    if (Object.keys(checkRoundDraft(state.draft, today)).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    void createRound(ports, roundId, state.draft).then((result) => {
      setBusy(false);
      if (!result.ok) return setFailure(result.failure);
      onCreated(result.value, state.draft);
    });
  }, [state, ports, roundId, today, onCreated]);

  const retry = useCallback(() => {
    setLoaded({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, busy, failure, retry, update, toggle, submit };
}
