/** The UI's public face for the composition roots (src/entries). */
export { SurfaceRoot, type SurfaceRootProps } from './app/SurfaceRoot';
