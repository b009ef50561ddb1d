export type * from './ports/HostPort';
export type * from './ports/MailItemPort';
export type * from './ports/AccessTokenPort';
export type * from './ports/MusApiPort';
export * from './profile/myProfile';
export * from './surface/language';
export * from './surface/surfaceView';
