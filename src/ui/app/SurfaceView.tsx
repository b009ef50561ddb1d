import type { SurfaceName, SurfaceView as View } from '../../application/surface/surfaceView';
import { AuthEndSurface } from '../surfaces/authEnd/AuthEndSurface';
import { AuthStartSurface } from '../surfaces/authStart/AuthStartSurface';
import { ContentSurface } from '../surfaces/content/ContentSurface';
import { MeetingStageSurface } from '../surfaces/meetingStage/MeetingStageSurface';
import { SettingsSurface } from '../surfaces/settings/SettingsSurface';
import { SidePanelSurface } from '../surfaces/sidePanel/SidePanelSurface';
import { TaskpaneSurface } from '../surfaces/taskpane/TaskpaneSurface';

/** Render a view with the surface of this page. */
export function SurfaceView({ surface, view }: { surface: SurfaceName; view: View }) {
  switch (surface) {
    case 'content':
      return <ContentSurface view={view} />;
    case 'sidePanel':
      return <SidePanelSurface view={view} />;
    case 'meetingStage':
      return <MeetingStageSurface view={view} />;
    case 'settings':
      return <SettingsSurface view={view} />;
    case 'taskpane':
      return <TaskpaneSurface view={view} />;
    case 'authStart':
      return <AuthStartSurface />;
    case 'authEnd':
      return <AuthEndSurface />;
  }
}
