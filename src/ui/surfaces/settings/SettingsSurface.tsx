import { useTranslation } from 'react-i18next';
import type { MeetingSurfacePorts, SurfaceView } from '../../../application/surface/surfaceView';
import { MeetingLink } from '../../components/MeetingLink';
import { SurfaceLayout } from '../../components/SurfaceLayout';
import { meetingTexts } from '../../i18n/meetingTexts';
import { useTexts } from '../../i18n/textBundle';

/**
 * The tab configuration page (frame context `settings`): Save adds the MUS tab; in a meeting, which
 * conversation it holds (a meeting the app did not book is linked here by its organizer, the leader).
 */
export function SettingsSurface({ view, meeting }: { view: SurfaceView; meeting?: MeetingSurfacePorts }) {
  useTexts(meetingTexts);
  const { t } = useTranslation();
  if (view.kind !== 'configureTab')
    return <SurfaceLayout title={t('settings.notInTeamsTitle')} subtitle={t('settings.notInTeamsBody')} />;
  return (
    <SurfaceLayout
      title={t('settings.configureTitle')}
      subtitle={t('settings.configureBody')}
      notice={view.canSave ? undefined : t('settings.cannotSave')}
    >
      {view.chatId && meeting ? <MeetingLink ports={meeting} chatId={view.chatId} /> : null}
    </SurfaceLayout>
  );
}
