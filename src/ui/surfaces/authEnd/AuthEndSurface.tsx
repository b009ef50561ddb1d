import { useTranslation } from 'react-i18next';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** MSAL's redirect page, while it hands the answer back (src/adapters/auth/authPopup.ts). */
export function AuthEndSurface() {
  const { t } = useTranslation();
  return <SurfaceLayout title={t('auth.signedInTitle')} subtitle={t('auth.signedInBody')} />;
}
