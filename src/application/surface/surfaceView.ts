import type { HostConnection, HostPort, HostTheme, TabConfig } from '../ports/HostPort';
import type { Attendee, MailItemConnection, MailItemPort } from '../ports/MailItemPort';
import type { MeetingLiveFactory } from '../meeting/live';
import type { MeetingPorts } from '../meeting/openMeeting';
import type { ProfilePorts } from '../profile/myProfile';
import { chooseLanguage, DEFAULT_LANGUAGE, type Language } from './language';

/**
 * The pages we ship, named after the teams-js frame context they run in (plus the Outlook task pane), and
 * `meeting`: the configurable tab's one content page, which is shown as side panel, stage, meeting details tab
 * or chat tab and routes on the frame context it is given to the `sidePanel` or `meetingStage` surface.
 */
export type SurfaceName =
  'content' | 'meeting' | 'sidePanel' | 'meetingStage' | 'settings' | 'taskpane' | 'authStart' | 'authEnd';

/** What a surface shows. Each kind is one state the UI renders; the UI decides nothing about the host. */
export type SurfaceView =
  /** Personal tab outside a Microsoft host: explain the product and how to open it. */
  | { readonly kind: 'introduction' }
  /** Personal tab in a host: greet the user. */
  | { readonly kind: 'welcome'; readonly userName?: string; readonly hostName: string }
  /** Side panel or stage outside a meeting. */
  | { readonly kind: 'notInMeeting' }
  /** Side panel or stage in a meeting: the meeting's chat (what its conversation is found by) and who I am. */
  | {
      readonly kind: 'meeting';
      readonly onStage: boolean;
      readonly liveShare: boolean;
      readonly chatId?: string;
      readonly userId?: string;
    }
  /** Tab configuration outside Teams. */
  | { readonly kind: 'notInTeams' }
  /** Tab configuration in Teams (in a meeting or chat: its chat id, to link the meeting to a conversation). */
  | { readonly kind: 'configureTab'; readonly canSave: boolean; readonly chatId?: string }
  /** Task pane outside Outlook. */
  | { readonly kind: 'notInOutlook' }
  /** Task pane on an appointment. */
  | {
      readonly kind: 'appointment';
      readonly subject: string;
      /** The invited people, required first, as Outlook gave them. */
      readonly attendees: readonly Attendee[];
      /** When the appointment starts, when Outlook said. */
      readonly start?: Date;
    }
  /** Auth popup, start page. */
  | { readonly kind: 'signingIn' }
  /** Auth popup, end page. */
  | { readonly kind: 'signInDone' };

/** Everything a surface needs to render: the view, the language and the theme. */
export interface SurfaceState {
  readonly view: SurfaceView;
  readonly language: Language;
  readonly theme: HostTheme;
}

/**
 * The ports a surface may use. The task pane needs the mail item port; the personal tab uses the profile
 * ports (token and MUS API) to show who the user is; the others need only the host.
 */
export interface SurfacePorts {
  readonly host: HostPort;
  /** What the tab configuration page saves (the composition root knows the pages' addresses). */
  readonly tabConfig?: TabConfig;
  readonly mailItem?: MailItemPort;
  readonly profile?: ProfilePorts;
  /** The meeting's form (side panel, stage, linking a meeting on the configuration page). */
  readonly meeting?: MeetingSurfacePorts;
}

/** What the meeting's surfaces use: the service, the live layer when there is one, the stage's page. */
export interface MeetingSurfacePorts extends MeetingPorts {
  readonly live?: MeetingLiveFactory;
  /** The page "Del på scenen" shows on the meeting stage. */
  readonly stageUrl: string;
}

/** Decide what a surface shows, from what the host (and, for the task pane, Outlook) told us. Pure. */
export function decideSurfaceView(
  surface: SurfaceName,
  host: HostConnection,
  mail: MailItemConnection = { inOutlook: false },
): SurfaceView {
  switch (surface) {
    case 'content':
      if (!host.inHost) return { kind: 'introduction' };
      return {
        kind: 'welcome',
        hostName: host.context.hostName,
        userName: host.context.user.displayName || host.context.user.userPrincipalName || undefined,
      };
    case 'meeting':
      // The stage shows the stage; the side panel, a meeting's details tab and a chat tab the conversation.
      return decideSurfaceView(
        host.inHost && host.context.frameContext === 'meetingStage' ? 'meetingStage' : 'sidePanel',
        host,
      );
    case 'sidePanel':
    case 'meetingStage':
      if (!host.inHost || !host.capabilities.meeting) return { kind: 'notInMeeting' };
      return {
        kind: 'meeting',
        onStage: surface === 'meetingStage',
        liveShare: host.capabilities.liveShare,
        ...(host.context.chatId ? { chatId: host.context.chatId } : {}),
        ...(host.context.user.id ? { userId: host.context.user.id } : {}),
      };
    case 'settings':
      if (!host.inHost) return { kind: 'notInTeams' };
      return {
        kind: 'configureTab',
        canSave: host.capabilities.tabConfiguration,
        ...(host.context.chatId ? { chatId: host.context.chatId } : {}),
      };
    case 'taskpane':
      if (!mail.inOutlook) return { kind: 'notInOutlook' };
      return {
        kind: 'appointment',
        subject: mail.appointment?.subject ?? '',
        attendees: [
          ...(mail.appointment?.requiredAttendees ?? []),
          ...(mail.appointment?.optionalAttendees ?? []),
        ],
        ...(mail.appointment?.start ? { start: mail.appointment.start } : {}),
      };
    case 'authStart':
      return { kind: 'signingIn' };
    case 'authEnd':
      return { kind: 'signInDone' };
  }
}

/** Open a surface: connect to what it needs, then decide its view, language and theme. Never rejects. */
export async function openSurface(surface: SurfaceName, ports: SurfacePorts): Promise<SurfaceState> {
  if (surface === 'taskpane') {
    const mail: MailItemConnection = ports.mailItem ? await ports.mailItem.connect() : { inOutlook: false };
    return {
      view: decideSurfaceView(surface, { inHost: false, reason: 'noParent' }, mail),
      language: mail.inOutlook ? chooseLanguage(mail.locale) : DEFAULT_LANGUAGE,
      theme: 'default',
    };
  }
  const host = await ports.host.connect();
  let view = decideSurfaceView(surface, host);
  if (view.kind === 'configureTab' && view.canSave)
    view = { ...view, canSave: ports.tabConfig ? await ports.host.offerTabSave(ports.tabConfig) : false };
  return {
    view,
    language: host.inHost ? chooseLanguage(host.context.locale) : DEFAULT_LANGUAGE,
    theme: host.inHost ? host.context.theme : 'default',
  };
}
