import type {
  ConclusionApiPort,
  ConclusionRecord,
  ConclusionVersion,
  PdfLanguage,
  VersionedConclusion,
} from '../ports/ConclusionApiPort';
import { isStale, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** The ports of the conclusion: a token from the host, the MUS service and its conclusion calls. */
export interface ConclusionPorts extends MusPorts {
  readonly conclusionApi: ConclusionApiPort;
}

/** Which side of the conversation I am. */
export type Party = 'leader' | 'employee';

/** What I have typed in the form: a summary per topic id and the follow-up date as typed (`''`: none). */
export interface ConclusionDraft {
  readonly summaries: Readonly<Record<string, string>>;
  readonly followUpDate: string;
}

/** Why a draft cannot be sent, per field (keys the UI translates). */
export interface DraftProblems {
  readonly followUpDate?: 'invalidDate';
  readonly summaries?: Readonly<Record<string, 'tooLong'>>;
}

/** The service's limits: a summary (UTF-16 units, as SharePoint counts) and an amendment's reason. */
export const SUMMARY_LIMIT = 20_000;
export const REASON_LIMIT = 2_000;

/** The version being worked on or, when both signed, the one in force. Pure. */
export const currentVersion = (c: ConclusionRecord): ConclusionVersion =>
  c.versions[c.versions.length - 1] as ConclusionVersion;

/** Both have signed this version: it is locked (a change is an amendment). Pure. */
export const isSignedByBoth = (v: ConclusionVersion): boolean =>
  v.signatures.leader !== null && v.signatures.employee !== null;

/** The form as the version holds it. Pure. */
export function draftOf(v: ConclusionVersion): ConclusionDraft {
  return {
    summaries: Object.fromEntries(v.summaries.map((s) => [s.topicId, s.summary])),
    followUpDate: v.followUpDate ? toDateInput(v.followUpDate) : '',
  };
}

/** A calendar date as the form shows it: day-month-year, as Danes write it ("15-01-2027"). Pure. */
export const toDateInput = (iso: string): string => iso.split('-').reverse().join('-');

/**
 * The calendar date typed in the form: "15-01-2027", "15.1.2027", "15/01/2027" or "2027-01-15"; `null` when
 * empty, undefined when it is no real date. Pure.
 */
export function fromDateInput(text: string): string | null | undefined {
  const typed = text.trim();
  if (typed === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(typed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** What is wrong with a draft before anything is sent (nothing, when it is fine). Pure. */
export function draftProblems(draft: ConclusionDraft): DraftProblems | undefined {
  const long = Object.entries(draft.summaries).filter(([, text]) => text.length > SUMMARY_LIMIT);
  const badDate = fromDateInput(draft.followUpDate) === undefined;
  if (!badDate && long.length === 0) return undefined;
  return {
    ...(badDate ? { followUpDate: 'invalidDate' as const } : {}),
    ...(long.length ? { summaries: Object.fromEntries(long.map(([id]) => [id, 'tooLong' as const])) } : {}),
  };
}

/**
 * The conversation's conclusion: read it, or, when nobody has written it yet, start it from the agreed
 * agenda with the goals both agreed (the service refuses before the meeting has started). When the other
 * party started it at the same moment (412), read theirs.
 */
export async function openConclusion(
  ports: ConclusionPorts,
  conversationId: string,
): Promise<Outcome<VersionedConclusion>> {
  const read = () => authorized(ports, ports.conclusionApi).conclusion(conversationId);
  const first = await read();
  if (first.ok || first.failure.problem?.code !== 'not_found') return first;
  const started = await authorized(ports, ports.conclusionApi).writeConclusion(conversationId, undefined, {
    snapshotGoals: true,
  });
  return started.ok || !isStale(started.failure) ? started : read();
}

/** Save the form (the goals both agreed are copied again as they stand). A change removes signatures. */
export function saveConclusion(
  ports: ConclusionPorts,
  conversationId: string,
  etag: string,
  draft: ConclusionDraft,
): Promise<Outcome<VersionedConclusion>> {
  const change = {
    summaries: { ...draft.summaries },
    followUpDate: fromDateInput(draft.followUpDate) ?? null,
    snapshotGoals: true,
  };
  return authorized(ports, ports.conclusionApi).writeConclusion(conversationId, etag, change);
}

/** Sign the version `etag` names with my own identity (the service records the time and the version). */
export const signConclusion = (ports: ConclusionPorts, conversationId: string, etag: string) =>
  authorized(ports, ports.conclusionApi).signConclusion(conversationId, etag);

/** Start an amendment of the signed version: a new version both must sign again. */
export async function amendConclusion(
  ports: ConclusionPorts,
  conversationId: string,
  etag: string,
  reason: string,
): Promise<Outcome<VersionedConclusion>> {
  return authorized(ports, ports.conclusionApi).amendConclusion(conversationId, etag, reason.trim());
}

/** The employee's choice: file the conclusion to the personnel record (HR can see it) or not. */
export const fileConclusion = (ports: ConclusionPorts, conversationId: string, etag: string, file: boolean) =>
  authorized(ports, ports.conclusionApi).fileConclusion(conversationId, etag, file);

/** The PDF of the version both signed, in the page's language. */
export const conclusionPdf = (ports: ConclusionPorts, conversationId: string, language: PdfLanguage) =>
  authorized(ports, ports.conclusionApi).conclusionPdf(conversationId, language);
