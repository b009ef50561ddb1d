import type { Conclusion, ConclusionVersion } from '../../domain';
import type { Collections } from '../records/collection';
import type { ConversationRecord } from '../records/kinds';
import { renderConclusionPdf } from './conclusionPdf';
import type { ConclusionFiles } from './files';
import type { PdfLanguage } from './texts';

/** What keeping a conclusion's PDF needs: the files and the rounds (for the round's title). */
export interface PdfKeeperDeps {
  readonly files: ConclusionFiles;
  readonly records: Pick<Collections, 'rounds'>;
}

/** One file per conversation, signed version and language: the name says which. */
export const conclusionPdfName = (conversationId: string, version: number, language: PdfLanguage) =>
  `${conversationId}-v${version}-${language}.pdf`;

/**
 * The PDF of a version both signed, as kept in SharePoint: read when it is there, else made and written
 * once. Two callers at the same moment make one file, and both serve the one that was kept.
 */
export async function keptConclusionPdf(
  deps: PdfKeeperDeps,
  conversation: ConversationRecord,
  conclusion: Conclusion,
  version: ConclusionVersion,
  language: PdfLanguage,
): Promise<Buffer> {
  const name = conclusionPdfName(conversation.id, version.version, language);
  const kept = await deps.files.read(name);
  if (kept) return kept;
  const round = await deps.records.rounds.get(conversation.roundId);
  const { leader, employee } = version.signatures;
  const bytes = await renderConclusionPdf({
    language,
    leaderName: leader?.name ?? conclusion.leaderId,
    employeeName: employee?.name ?? conclusion.employeeId,
    roundTitle: round?.value.title ?? '',
    meetingAt: conversation.slot?.start ?? conversation.heldAt,
    version,
  });
  if (await deps.files.writeOnce(name, bytes)) return bytes;
  return (await deps.files.read(name)) ?? bytes;
}
