import { useCallback, useEffect, useState } from 'react';
import {
  amendConclusion,
  conclusionPdf,
  currentVersion,
  draftOf,
  draftProblems,
  fileConclusion,
  isSignedByBoth,
  openConclusion,
  REASON_LIMIT,
  saveConclusion,
  signConclusion,
  type ConclusionDraft,
} from '../../../application/conclusion/conclusion';
import { isStale, type MusFailure, type Outcome } from '../../../application/mus/musCall';
import type { VersionedConclusion } from '../../../application/ports/ConclusionApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import type { Busy, ConclusionHookResult, ConclusionProps, ConclusionState } from './Conclusion.types';

const EMPTY: ConclusionDraft = { summaries: {}, followUpDate: '' };

/** Hands a PDF to the browser as a download. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The conclusion as loaded, the form as typed, and one action at a time against the service. */
export function useConclusion({ ports, conversationId }: ConclusionProps): ConclusionHookResult {
  const { language } = useLocalized();
  const [state, setState] = useState<ConclusionState>({ status: 'loading' });
  const [draft, setDraft] = useState<ConclusionDraft>(EMPTY);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<Busy>(undefined);
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  const [notice, setNotice] = useState<'saved' | 'filingSaved' | undefined>(undefined);
  const [reason, setReason] = useState<string | undefined>(undefined);

  const show = useCallback((record: VersionedConclusion) => {
    setState({ status: 'ready', record });
    setDraft(draftOf(currentVersion(record.value)));
    setChecked(false);
  }, []);
  // Each reload (a retry, or after the other party changed the form) opens the conclusion anew.
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    let active = true;
    void openConclusion(ports, conversationId).then((result) => {
      if (!active) return;
      if (result.ok) show(result.value);
      else setState({ status: 'failed', failure: result.failure });
    });
    return () => {
      active = false;
    };
  }, [ports, conversationId, show, opened]);
  const load = () => setOpened((n) => n + 1);

  const record = state.status === 'ready' ? state.record : undefined;
  const version = record && currentVersion(record.value);
  const problems = checked ? draftProblems(draft) : undefined;

  /** Runs one action; a stale version (the other party changed it) is fetched again and explained. */
  const act = async (kind: Busy, run: (etag: string) => Promise<Outcome<VersionedConclusion>>) => {
    if (!record || busy) return false;
    setBusy(kind);
    setFailure(undefined);
    setNotice(undefined);
    const result = await run(record.etag);
    setBusy(undefined);
    if (result.ok) {
      show(result.value);
      return true;
    }
    setFailure(result.failure);
    if (isStale(result.failure)) load();
    return false;
  };
  const valid = () => {
    setChecked(true);
    return draftProblems(draft) === undefined;
  };

  return {
    state,
    ...(version ? { version } : {}),
    locked: version ? isSignedByBoth(version) : false,
    hasSignedVersion: record ? record.value.versions.some(isSignedByBoth) : false,
    draft,
    ...(problems ? { problems } : {}),
    busy,
    ...(failure ? { failure } : {}),
    ...(notice ? { notice } : {}),
    ...(reason !== undefined ? { amendment: { reason, tooLong: reason.length > REASON_LIMIT } } : {}),
    reload: load,
    changeSummary: (topicId, text) =>
      setDraft((d) => ({ ...d, summaries: { ...d.summaries, [topicId]: text } })),
    changeFollowUpDate: (followUpDate) => setDraft((d) => ({ ...d, followUpDate })),
    save: () => {
      if (!valid()) return;
      void act('saving', (etag) => saveConclusion(ports, conversationId, etag, draft)).then(
        (done) => done && setNotice('saved'),
      );
    },
    sign: () => {
      if (!version || !valid()) return;
      const unchanged = JSON.stringify(draftOf(version)) === JSON.stringify(draft);
      void act('signing', async (etag) => {
        // What is on screen is what I sign: unsaved changes are saved first.
        if (unchanged) return signConclusion(ports, conversationId, etag);
        const saved = await saveConclusion(ports, conversationId, etag, draft);
        return saved.ok ? signConclusion(ports, conversationId, saved.value.etag) : saved;
      });
    },
    startAmendment: () => setReason(''),
    changeReason: setReason,
    cancelAmendment: () => setReason(undefined),
    confirmAmendment: () => {
      if (reason === undefined || reason.length > REASON_LIMIT) return;
      void act('amending', (etag) => amendConclusion(ports, conversationId, etag, reason)).then(
        (done) => done && setReason(undefined),
      );
    },
    file: (toRecord) =>
      void act('filing', (etag) => fileConclusion(ports, conversationId, etag, toRecord)).then(
        (done) => done && setNotice('filingSaved'),
      ),
    downloadPdf: () => {
      if (busy || !version) return;
      setBusy('pdf');
      setFailure(undefined);
      void conclusionPdf(ports, conversationId, language).then((pdf) => {
        setBusy(undefined);
        if (!pdf.ok) return setFailure(pdf.failure);
        return saveFile(pdf.value, `MUS-konklusion-v${version.version}-${language}.pdf`);
      });
    },
  };
}
