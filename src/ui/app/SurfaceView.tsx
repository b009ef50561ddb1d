import { lazy, Suspense, type ReactNode } from 'react';
import type { SurfaceName, SurfacePorts, SurfaceView as View } from '../../application/surface/surfaceView';

// Each surface is its own chunk: a page loads the shared root and its own surface only (the side panel's
// initial JavaScript stays small), and the stage is not loaded by the side panel of the same page.
const AuthEndSurface = lazy(() =>
  import('../surfaces/authEnd/AuthEndSurface').then((m) => ({ default: m.AuthEndSurface })),
);
const AuthStartSurface = lazy(() =>
  import('../surfaces/authStart/AuthStartSurface').then((m) => ({ default: m.AuthStartSurface })),
);
const ContentSurface = lazy(() =>
  import('../surfaces/content/ContentSurface').then((m) => ({ default: m.ContentSurface })),
);
const SettingsSurface = lazy(() =>
  import('../surfaces/settings/SettingsSurface').then((m) => ({ default: m.SettingsSurface })),
);
const SidePanelSurface = lazy(() =>
  import('../surfaces/sidePanel/SidePanelSurface').then((m) => ({ default: m.SidePanelSurface })),
);
const MeetingStageSurface = lazy(() => import('../surfaces/meetingStage/MeetingStageSurface'));
const TaskpaneSurface = lazy(() =>
  import('../surfaces/taskpane/TaskpaneSurface').then((m) => ({ default: m.TaskpaneSurface })),
);

/** Render a view with the surface of this page; a surface that talks to the service gets its ports. */
export function SurfaceView({
  surface,
  view,
  ports,
  fallback,
}: {
  surface: SurfaceName;
  view: View;
  ports: SurfacePorts;
  /** Shown while the surface's chunk loads. */
  fallback: ReactNode;
}) {
  return <Suspense fallback={fallback}>{pick(surface, view, ports)}</Suspense>;
}

function pick(surface: SurfaceName, view: View, ports: SurfacePorts) {
  switch (surface) {
    case 'content':
      return <ContentSurface view={view} profile={ports.profile} />;
    case 'meeting':
    case 'sidePanel':
    case 'meetingStage': {
      const props = { view, host: ports.host, meeting: ports.meeting };
      return view.kind === 'meeting' && view.onStage ? (
        <MeetingStageSurface {...props} />
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
