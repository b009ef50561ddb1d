import { SidePanelSurface, type MeetingSurfaceProps } from '../sidePanel/SidePanelSurface';

/**
 * The meeting stage (frame context `meetingStage`): the same form as the side panel, large, for both
 * parties. Loaded as its own chunk (src/ui/app/SurfaceView.tsx), so the side panel does not carry it.
 */
export default function MeetingStageSurface(props: MeetingSurfaceProps) {
  return <SidePanelSurface {...props} onStage />;
}
