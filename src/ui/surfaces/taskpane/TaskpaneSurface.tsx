import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { InfoCard } from '../../components/InfoCard';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The Outlook task pane on an appointment the user organises: its subject and who is invited. */
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
    >
      <InfoCard title={t('taskpane.attendeesTitle')}>
        {view.attendees.length > 0 ? (
          <ul aria-label={t('taskpane.attendeesTitle')}>
            {view.attendees.map((name, index) => (
              <li key={`${index}-${name}`}>{name}</li>
            ))}
          </ul>
        ) : (
          <Text>{t('taskpane.noAttendees')}</Text>
        )}
      </InfoCard>
    </SurfaceLayout>
  );
}
