import { useTranslation } from 'react-i18next';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The meeting stage (frame context `meetingStage`): a placeholder until the shared form lands. */
export function MeetingStageSurface({ view }: { view: SurfaceView }) {
  const { t } = useTranslation();
  if (view.kind !== 'meeting')
    return <SurfaceLayout title={t('meeting.notInMeetingTitle')} subtitle={t('meeting.notInMeetingBody')} />;
  return <SurfaceLayout title={t('meeting.stageTitle')} subtitle={t('meeting.meetingBody')} />;
}
