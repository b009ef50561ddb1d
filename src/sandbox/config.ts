/** What a sandbox is started with, and the confidential client (the MUS service) it knows. */
import { guidFor } from './ids';

export interface SandboxApp {
  clientId: string;
  clientSecret: string;
  displayName: string;
  /** Application permissions granted (app-only tokens carry them as `roles`). */
  roles: string[];
  /** Sites this app may use under `Sites.Selected`. */
  selectedSites: string[];
}

export interface SandboxOptions {
  /** 0 picks a free port. Default 53100. */
  port?: number;
  host?: string;
  /** Folder of the SQLite file. Default `.data/sandbox`. */
  dataDir?: string;
  /** Confidential clients; default: the MUS service. */
  apps?: SandboxApp[];
  /** The clock (seeding calendars, token times). */
  now?: () => Date;
  logger?: boolean;
  /**
   * Licences of the tenant, which set the SharePoint resource-unit budget per app per minute (`meter.ts`);
   * default `SANDBOX_LICENCES`, else none: units are counted but never refused.
   */
  licences?: number;
  /** The meter's clock in ms (default `Date.now`), so that a test can move to the next minute. */
  meterClock?: () => number;
  /** Concurrent inner requests per mailbox in one $batch before Graph answers 429 (default 4; 0 = no limit). */
  mailboxConcurrency?: number;
}

/** The MUS service's app registration in the sandbox. */
export const SERVICE_APP_ID = guidFor('app:mus-service');
export const SERVICE_APP_SECRET = 'sandbox-secret';
/** The audience of tokens for the MUS service's own API. */
export const MUS_API_AUDIENCE = 'api://mus';
export const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];

export const DEFAULT_DELEGATED_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'GroupMember.Read.All',
  'Calendars.ReadWrite',
  'OnlineMeetings.ReadWrite',
  'Files.ReadWrite.AppFolder',
  'TeamsAppInstallation.ReadWriteForChat',
  'TeamsTab.ReadWriteForChat',
  'TeamsActivity.Send',
  'Chat.ReadBasic',
];

export function defaultApps(musSiteId: string): SandboxApp[] {
  return [
    {
      clientId: SERVICE_APP_ID,
      clientSecret: SERVICE_APP_SECRET,
      displayName: 'MUS',
      roles: ['Sites.Selected', 'User.Read.All', 'GroupMember.Read.All', 'TeamsActivity.Send'],
      selectedSites: [musSiteId],
    },
  ];
}
