import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostPort } from '../../../application/ports/HostPort';
import type { MeetingSurfacePorts, SurfaceView } from '../../../application/surface/surfaceView';
import { MeetingConversation } from '../../components/MeetingConversation';
import { SurfaceLayout } from '../../components/SurfaceLayout';
import { meetingTexts } from '../../i18n/meetingTexts';
import { useTexts } from '../../i18n/textBundle';

/** The conclusion part of the form: its own chunk, loaded when the form shows. */
const MeetingConclusion = lazy(() => import('./MeetingConclusion'));

export interface MeetingSurfaceProps {
  readonly view: SurfaceView;
  readonly host: HostPort;
  readonly meeting: MeetingSurfacePorts | undefined;
}

/**
 * The meeting side panel (frame context `sidePanel`), and the stage with `onStage`: the conversation held in
 * the meeting, found by the meeting's chat id, as a form both parties fill in.
 */
export function SidePanelSurface({
  view,
  host,
  meeting,
  onStage = false,
}: MeetingSurfaceProps & { onStage?: boolean }) {
  useTexts(meetingTexts);
  const { t } = useTranslation();
  if (view.kind !== 'meeting' || !meeting)
    return <SurfaceLayout title={t('meeting.notInMeetingTitle')} subtitle={t('meeting.notInMeetingBody')} />;
  return (
    <MeetingConversation
      ports={meeting}
      host={host}
      chatId={view.chatId}
      userId={view.userId}
      onStage={onStage}
      conclusion={MeetingConclusion}
    />
  );
}
