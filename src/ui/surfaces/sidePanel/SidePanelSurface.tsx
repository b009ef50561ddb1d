import { useTranslation } from 'react-i18next';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The meeting side panel (frame context `sidePanel`): a placeholder until the conversation form lands. */
export function SidePanelSurface({ view }: { view: SurfaceView }) {
  const { t } = useTranslation();
  if (view.kind !== 'meeting')
    return <SurfaceLayout title={t('meeting.notInMeetingTitle')} subtitle={t('meeting.notInMeetingBody')} />;
  return <SurfaceLayout title={t('meeting.sidePanelTitle')} subtitle={t('meeting.meetingBody')} />;
}
