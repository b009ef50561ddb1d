import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConclusionSlotProps } from '../../components/MeetingForm';

/**
 * The "Konklusion" section of the meeting form (side panel and stage), loaded lazily by
 * `SidePanelSurface.tsx`. The conclusion and signing component (`src/ui/components/Conclusion*`) goes here:
 * render it with these props (the ports, the loaded conversation, whether it is on the stage).
 */
export default function MeetingConclusion(_props: ConclusionSlotProps) {
  const { t } = useTranslation();
  return <Text>{t('meetingForm.conclusionLater')}</Text>;
}
