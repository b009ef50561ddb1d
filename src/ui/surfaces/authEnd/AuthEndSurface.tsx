import { useTranslation } from 'react-i18next';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The last page of the sign-in popup: a placeholder until the popup fallback of NAA lands. */
export function AuthEndSurface() {
  const { t } = useTranslation();
  return <SurfaceLayout title={t('auth.signedInTitle')} subtitle={t('auth.signedInBody')} />;
}
