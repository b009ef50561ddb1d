export { createSandbox } from './server';
export type { Sandbox } from './server';
export type { SandboxApp, SandboxOptions } from './config';
export { MUS_API_AUDIENCE, SERVICE_APP_ID, SERVICE_APP_SECRET } from './config';
export { HR_GROUP_ID, MUS_SITE_ID } from './seed';
export { TENANT_ID } from './ids';
