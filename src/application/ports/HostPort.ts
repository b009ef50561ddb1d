/**
 * The host boundary: Microsoft Teams, Outlook or the Microsoft 365 app around our page (or nothing).
 * Adapters implement it (teams-js); use cases and the UI only ever see this interface.
 */

/** The kind of frame the host shows our page in, named as teams-js names it. */
export type FrameContext =
  'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'remove' | 'task' | 'authentication' | 'other';

/** The host's theme: Teams light (`default`), dark, or high contrast. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** The signed-in user as the host reports them. Nothing here is a proof of identity: the service checks tokens. */
export interface HostUser {
  /** Entra object id, when the host gives it. */
  readonly id?: string;
  /** Display name, when the host gives it. */
  readonly displayName?: string;
  /** User principal name (sign-in name), when the host gives it. */
  readonly userPrincipalName?: string;
}

/** What the host tells us about where and for whom we run. */
export interface HostContext {
  /** The frame the host shows us in. */
  readonly frameContext: FrameContext;
  /** BCP-47 locale of the host UI, e.g. `da-DK` or `en-US`. */
  readonly locale: string;
  /** The host's current theme. */
  readonly theme: HostTheme;
  /** The host application, e.g. `Teams`, `Outlook`, `Office`. */
  readonly hostName: string;
  /** The signed-in user. */
  readonly user: HostUser;
  /** The chat (meeting chat thread) id, in a chat or meeting. */
  readonly chatId?: string;
  /** The meeting id, in a meeting. */
  readonly meetingId?: string;
}

/** What the host can do for us, asked once; the UI hides what can't work. */
export interface HostCapabilities {
  /** The tab configuration API (`pages.config`): save a configurable tab. */
  readonly tabConfiguration: boolean;
  /** Live Share sessions (shared live state in a meeting). */
  readonly liveShare: boolean;
  /** Opening and reading chats. */
  readonly chat: boolean;
  /** Opening content in a stage view. */
  readonly stageView: boolean;
  /** We are in a meeting (the context carries a meeting id). */
  readonly meeting: boolean;
}

/** The result of connecting to the host: either we are inside one, or we are not (and why). */
export type HostConnection =
  | { readonly inHost: true; readonly context: HostContext; readonly capabilities: HostCapabilities }
  | { readonly inHost: false; readonly reason: 'noParent' | 'timeout' | 'failed' };

/** What a configurable tab saves (teams-js `pages.InstanceConfig`): the page Teams then shows, and its name. */
export interface TabConfig {
  /** The page the tab shows, in every frame of the meeting (side panel, stage, details tab) or chat. */
  readonly contentUrl: string;
  /** The page "open in browser" shows. */
  readonly websiteUrl: string;
  /** Our id for the tab. */
  readonly entityId: string;
  /** The tab's name, as suggested to the user. */
  readonly suggestedDisplayName: string;
}

/** The host port. One instance per page, made by the composition root (src/entries). */
export interface HostPort {
  /**
   * Connect to the host and read its context. Never rejects and never hangs: outside a host it resolves
   * with `inHost: false` (at once in a top-level window, after a short timeout in a foreign frame).
   */
  connect(): Promise<HostConnection>;
  /**
   * Follow theme changes made in the host. Returns a function that stops listening.
   * Does nothing (and returns a no-op) when not connected.
   */
  onThemeChange(handler: (theme: HostTheme) => void): () => void;
  /**
   * On a tab configuration page (frame context `settings`): let the host's Save button save `config`, and tell
   * the host the page is valid, so it enables Save. Resolves false when the host can't (not connected, another
   * frame, no `pages.config`); nothing is asked of the host then.
   */
  offerTabSave(config: TabConfig): Promise<boolean>;
  /**
   * In a meeting's side panel: show `url` (a page of ours) on the meeting stage for everyone
   * (`meeting.shareAppContentToStage`). Resolves false when the host can't or refused; never rejects.
   */
  shareToStage(url: string): Promise<boolean>;
}
