import { useTranslation } from 'react-i18next';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The tab configuration page (frame context `settings`): a placeholder until saving lands. */
export function SettingsSurface({ view }: { view: SurfaceView }) {
  const { t } = useTranslation();
  if (view.kind !== 'configureTab')
    return <SurfaceLayout title={t('settings.notInTeamsTitle')} subtitle={t('settings.notInTeamsBody')} />;
  return (
    <SurfaceLayout
      title={t('settings.configureTitle')}
      subtitle={t('settings.configureBody')}
      notice={view.canSave ? undefined : t('settings.cannotSave')}
    />
  );
}
