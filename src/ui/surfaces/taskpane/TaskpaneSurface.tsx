import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurfacePorts, SurfaceView } from '../../../application/surface/surfaceView';
import { MyProfile } from '../../components/MyProfile';
import { SurfaceLayout } from '../../components/SurfaceLayout';
import { plannerTexts } from '../../i18n/plannerTexts';
import { useTexts } from '../../i18n/textBundle';

// The booking pane is loaded when Outlook shows it: the other pages stay small.
const AppointmentPane = lazy(() => import('./AppointmentPane').then((m) => ({ default: m.AppointmentPane })));

/** The Outlook task pane on an appointment the user organises: book one MUS conversation in it. */
export function TaskpaneSurface({ view, ports }: { view: SurfaceView; ports: SurfacePorts }) {
  useTexts(plannerTexts);
  const { t } = useTranslation();
  const { profile, mailItem } = ports;
  const panePorts = useMemo(
    () => (profile && mailItem ? { ...profile, mailItem } : undefined),
    [profile, mailItem],
  );
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
      {profile && panePorts ? (
        <MyProfile ports={profile} details={false}>
          {(loaded) => (
            <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
              <AppointmentPane
                ports={panePorts}
                attendees={view.attendees}
                reports={loaded.me.reports}
                {...(view.start ? { start: view.start } : {})}
              />
            </Suspense>
          )}
        </MyProfile>
      ) : null}
    </SurfaceLayout>
  );
}
