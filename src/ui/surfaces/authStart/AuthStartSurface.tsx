import { useTranslation } from 'react-i18next';
import { SurfaceLayout } from '../../components/SurfaceLayout';

/** The first page of the sign-in popup, while MSAL signs in (src/adapters/auth/authPopup.ts). */
export function AuthStartSurface() {
  const { t } = useTranslation();
  return <SurfaceLayout title={t('auth.signingInTitle')} subtitle={t('auth.signingInBody')} />;
}
