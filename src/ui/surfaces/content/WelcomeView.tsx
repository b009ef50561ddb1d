import { Avatar, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfilePorts } from '../../../application/profile/myProfile';
import { MyProfile } from '../../components/MyProfile';
import { InfoCard } from '../../components/InfoCard';
import { SurfaceLayout } from '../../components/SurfaceLayout';

// The planner and "Mine MUS" are loaded when the personal tab shows them: every other page stays small.
const MusSections = lazy(() => import('./MusSections').then((m) => ({ default: m.MusSections })));

/** Props of the personal tab inside a host. */
export interface WelcomeViewProps {
  readonly userName?: string;
  readonly hostName: string;
  /** The ports to ask the MUS service who the user is; without them only the welcome is shown. */
  readonly profile?: ProfilePorts;
}

/**
 * The personal tab inside a host: a welcome, then the user's MUS sections and who they are in MUS (roles, leader,
 * employees); the general card only when there is no MUS service to ask.
 */
export function WelcomeView({ userName, hostName, profile }: WelcomeViewProps) {
  const { t } = useTranslation();
  const title = userName ? t('welcome.title', { name: userName }) : t('welcome.titleNoName');
  return (
    <SurfaceLayout title={title} subtitle={t('welcome.host', { host: hostName })}>
      {profile ? null : (
        <InfoCard title={t('app.fullName')}>
          {userName ? <Avatar name={userName} color="colorful" size={48} /> : null}
          <Text as="p">{t('welcome.body')}</Text>
        </InfoCard>
      )}
      {profile ? (
        <MyProfile ports={profile}>
          {(loaded) => (
            <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
              <MusSections ports={profile} profile={loaded} />
            </Suspense>
          )}
        </MyProfile>
      ) : null}
    </SurfaceLayout>
  );
}
