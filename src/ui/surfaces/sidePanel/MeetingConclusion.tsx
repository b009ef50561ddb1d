import type { ConclusionSlotProps } from '../../components/MeetingForm';
import { Conclusion } from '../../components/Conclusion';

/**
 * The "Konklusion" section of the meeting form (side panel and stage), loaded lazily by
 * `SidePanelSurface.tsx`: the fælles konklusionsskema of the meeting's conversation, as this party sees it.
 */
export default function MeetingConclusion({ ports, snapshot }: ConclusionSlotProps) {
  const { conclusionApi } = ports;
  if (!conclusionApi) return null;
  return (
    <Conclusion
      ports={{ ...ports, conclusionApi }}
      conversationId={snapshot.conversation.value.id}
      party={snapshot.party}
    />
  );
}
