import type { SurfaceName, SurfacePorts, SurfaceView as View } from '../../application/surface/surfaceView';
import { AuthEndSurface } from '../surfaces/authEnd/AuthEndSurface';
import { AuthStartSurface } from '../surfaces/authStart/AuthStartSurface';
import { ContentSurface } from '../surfaces/content/ContentSurface';
import { MeetingStageSurface } from '../surfaces/meetingStage/MeetingStageSurface';
import { SettingsSurface } from '../surfaces/settings/SettingsSurface';
import { SidePanelSurface } from '../surfaces/sidePanel/SidePanelSurface';
import { TaskpaneSurface } from '../surfaces/taskpane/TaskpaneSurface';

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
      return view.kind === 'meeting' && view.onStage ? (
        <MeetingStageSurface view={view} />
      ) : (
        <SidePanelSurface view={view} />
      );
    case 'sidePanel':
      return <SidePanelSurface view={view} />;
    case 'meetingStage':
      return <MeetingStageSurface view={view} />;
    case 'settings':
      return <SettingsSurface view={view} />;
    case 'taskpane':
      return <TaskpaneSurface view={view} ports={ports} />;
    case 'authStart':
      return <AuthStartSurface />;
    case 'authEnd':
      return <AuthEndSurface />;
  }
}
