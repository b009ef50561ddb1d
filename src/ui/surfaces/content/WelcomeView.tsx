import { Avatar, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../components/InfoCard';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** Props of the personal tab inside a host. */
export interface WelcomeViewProps {
  readonly userName?: string;
  readonly hostName: string;
}

/** The personal tab inside a host: a welcome; the user's role comes with the service. */
export function WelcomeView({ userName, hostName }: WelcomeViewProps) {
  const { t } = useTranslation();
  const title = userName ? t('welcome.title', { name: userName }) : t('welcome.titleNoName');
  return (
    <SurfaceLayout title={title} subtitle={t('welcome.host', { host: hostName })}>
      <InfoCard title={t('app.fullName')}>
        {userName ? <Avatar name={userName} color="colorful" size={48} /> : null}
        <Text as="p">{t('welcome.body')}</Text>
        <Text as="p">{t('welcome.role')}</Text>
      </InfoCard>
    </SurfaceLayout>
  );
}
