export type * from './ports/HostPort';
export type * from './ports/MailItemPort';
export * from './surface/language';
export * from './surface/surfaceView';
