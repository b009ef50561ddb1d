import { lazy, Suspense } from 'react';
import type { SurfaceName, SurfacePorts, SurfaceView as View } from '../../application/surface/surfaceView';
import { AuthEndSurface } from '../surfaces/authEnd/AuthEndSurface';
import { AuthStartSurface } from '../surfaces/authStart/AuthStartSurface';
import { ContentSurface } from '../surfaces/content/ContentSurface';
import { SettingsSurface } from '../surfaces/settings/SettingsSurface';
import { SidePanelSurface } from '../surfaces/sidePanel/SidePanelSurface';
import { TaskpaneSurface } from '../surfaces/taskpane/TaskpaneSurface';

/** The stage is its own chunk: the side panel (the same page, meeting.html) does not load it. */
const MeetingStageSurface = lazy(() => import('../surfaces/meetingStage/MeetingStageSurface'));

/** Render a view with the surface of this page; a surface that talks to the service gets its ports. */
export function SurfaceView({
  surface,
  view,
  ports,
}: {
  surface: SurfaceName;
  view: View;
  ports: SurfacePorts;
}) {
  switch (surface) {
    case 'content':
      return <ContentSurface view={view} profile={ports.profile} />;
    case 'meeting':
    case 'sidePanel':
    case 'meetingStage': {
      const props = { view, host: ports.host, meeting: ports.meeting };
      return view.kind === 'meeting' && view.onStage ? (
        <Suspense fallback={null}>
          <MeetingStageSurface {...props} />
        </Suspense>
      ) : (
        <SidePanelSurface {...props} />
      );
    }
    case 'settings':
      return <SettingsSurface view={view} meeting={ports.meeting} />;
    case 'taskpane':
      return <TaskpaneSurface view={view} ports={ports} />;
    case 'authStart':
      return <AuthStartSurface />;
    case 'authEnd':
      return <AuthEndSurface />;
  }
}
