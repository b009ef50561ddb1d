export { SurfaceLayout } from './SurfaceLayout';
export type { SurfaceLayoutProps } from './SurfaceLayout.types';
