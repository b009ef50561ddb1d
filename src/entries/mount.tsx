import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SurfaceName, SurfacePorts } from '../application/surface/surfaceView';
import { SurfaceRoot } from '../ui';

/** Render a surface into the page's `#root` element. The one place that touches the DOM to start React. */
export function mount(surface: SurfaceName, ports: SurfacePorts): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element');
  createRoot(element).render(
    <StrictMode>
      <SurfaceRoot surface={surface} ports={ports} />
    </StrictMode>,
  );
}
