import type { ProfilePorts } from '../../../application/profile/myProfile';
import type { SurfaceView } from '../../../application/surface/surfaceView';
import { plannerTexts } from '../../i18n/plannerTexts';
import { useTexts } from '../../i18n/textBundle';
import { IntroductionView } from './IntroductionView';
import { WelcomeView } from './WelcomeView';

/** The personal tab (frame context `content`). */
export function ContentSurface({ view, profile }: { view: SurfaceView; profile?: ProfilePorts }) {
  useTexts(plannerTexts);
  if (view.kind === 'welcome')
    return <WelcomeView userName={view.userName} hostName={view.hostName} profile={profile} />;
  return <IntroductionView />;
}
