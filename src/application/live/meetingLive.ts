import type { DraftField, DraftPort, LivePort, LiveSession } from '../ports/LivePort';
import { draftedNotes } from './drafted';
import { reconcile } from './reconcile';
import { noteKey } from './sharedFields';

/** A shared field of the meeting form: a topic's shared note, or the goals (changed: read them again). */
export type SharedField = { readonly kind: 'note'; readonly topicId: string } | { readonly kind: 'goals' };
/** A change of a shared field (the note's text; none for the goals). */
export interface SharedChange {
  readonly field: SharedField;
  readonly text?: string;
}

const GOALS = 'goals';
const topicOf = (key: string) => (key.startsWith('note:') ? key.slice('note:'.length) : undefined);

/**
 * The side panel's live layer: every keystroke of a shared note goes into the conversation's live map (once
 * joined; Fluid is loaded on demand) and into the local draft; the other party's arrive through
 * {@link subscribe}. A draft left by a reload, a closed panel or time offline is offered back to the form
 * ({@link drafted}) when nobody changed that note meanwhile; when both did, it is not sent live: the form's
 * save meets the other's version (412) and shows both texts. Only shared notes and a "goals changed" signal
 * travel; never a private note or a preparation.
 */
export class MeetingLive {
  private session: LiveSession | null = null;
  private readonly handlers = new Set<(change: SharedChange) => void>();
  private readonly pending = new Map<string, string>();
  private drafts: Record<string, DraftField>;
  private readonly stops: (() => void)[] = [];
  private closed = false;
  /** Resolves when the live map is joined (true) or cannot be (false). */
  readonly joined: Promise<boolean>;

  constructor(
    private readonly conversationId: string,
    live: LivePort,
    private readonly draft: DraftPort,
  ) {
    this.drafts = draft.load(conversationId);
    this.joined = live.join(conversationId).then((result) => {
      if (!result.ok) return false;
      if (this.closed) return (result.session.close(), false);
      this.attach(result.session);
      return true;
    });
  }

  /** The notes typed here and not yet shared (topic id → text), for the form to take up again on opening. */
  drafted(): Record<string, string> {
    return draftedNotes(this.drafts);
  }

  publish(change: SharedChange): void {
    if (change.field.kind === 'goals') return this.send(GOALS, new Date().toISOString());
    const key = noteKey(change.field.topicId);
    const text = change.text ?? '';
    const base = this.drafts[key]?.base ?? this.session?.get(key)?.text ?? '';
    this.saveDraft({ ...this.drafts, [key]: { text, base } });
    this.send(key, text);
  }

  subscribe(handler: (change: SharedChange) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  close(): void {
    this.closed = true;
    this.stops.forEach((stop) => stop());
    this.session?.close();
  }

  private send(key: string, text: string): void {
    if (this.session?.connected) this.session.set(key, text);
    else this.pending.set(key, text);
  }

  private attach(session: LiveSession): void {
    this.session = session;
    this.stops.push(
      session.onRemote((key, value) => this.heard(key, value.text)),
      session.onConnection((connected) => connected && this.reconnected()),
      session.onSaved(() => this.acknowledged()),
    );
    if (session.connected) this.reconnected();
  }

  private heard(key: string, text: string): void {
    const topicId = topicOf(key);
    const change: SharedChange | undefined =
      key === GOALS
        ? { field: { kind: 'goals' } }
        : topicId
          ? { field: { kind: 'note', topicId }, text }
          : undefined;
    if (change) this.handlers.forEach((handler) => handler(change));
  }

  /** Joined or back: what the other wrote meanwhile comes in; mine goes out unless both changed it. */
  private reconnected(): void {
    const session = this.session!;
    for (const key of session.keys()) if (!this.pending.has(key)) this.heard(key, session.get(key)!.text);
    const drafts = { ...this.drafts };
    for (const [key, mine] of Object.entries(this.drafts)) {
      const theirs = session.get(key)?.text ?? mine.base;
      const result = reconcile(mine.base, mine.text, theirs);
      if (result.kind === 'mine') this.pending.set(key, mine.text);
      if (result.kind === 'theirs' || result.kind === 'same') delete drafts[key];
      if (result.kind === 'conflict') this.pending.delete(key);
    }
    this.saveDraft(drafts);
    for (const [key, text] of this.pending) session.set(key, text);
    this.pending.clear();
  }

  /** The live service has everything sent: those notes are shared now. */
  private acknowledged(): void {
    const drafts = { ...this.drafts };
    for (const [key, field] of Object.entries(drafts))
      if (this.session?.get(key)?.text === field.text) delete drafts[key];
    this.saveDraft(drafts);
  }

  private saveDraft(drafts: Record<string, DraftField>): void {
    this.drafts = drafts;
    this.draft.save(this.conversationId, drafts);
  }
}
