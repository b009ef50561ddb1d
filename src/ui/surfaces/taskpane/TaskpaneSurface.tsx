import { useTranslation } from 'react-i18next';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The Outlook task pane on an appointment the user organises: a placeholder until booking lands. */
export function TaskpaneSurface({ view }: { view: SurfaceView }) {
  const { t } = useTranslation();
  if (view.kind !== 'appointment')
    return (
      <SurfaceLayout title={t('taskpane.notInOutlookTitle')} subtitle={t('taskpane.notInOutlookBody')} />
    );
  return (
    <SurfaceLayout
      title={t('taskpane.appointmentTitle')}
      subtitle={t('taskpane.appointmentBody')}
      notice={view.subject ? t('taskpane.subject', { subject: view.subject }) : undefined}
    />
  );
}
