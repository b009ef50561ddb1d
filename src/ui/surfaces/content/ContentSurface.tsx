import type { SurfaceView } from '../../../application/surface/surfaceView';
import { IntroductionView } from './IntroductionView';
import { WelcomeView } from './WelcomeView';

/** The personal tab (frame context `content`). */
export function ContentSurface({ view }: { view: SurfaceView }) {
  if (view.kind === 'welcome') return <WelcomeView userName={view.userName} hostName={view.hostName} />;
  return <IntroductionView />;
}
