import type { MeetingLivePort, SharedChange } from '../meeting/live';
import type { DraftField, DraftPort, LivePort, LiveSession, LiveValue } from '../ports/LivePort';
import { draftedNotes } from './drafted';
import { reconcile } from './reconcile';
import { fieldOf, keyOf } from './sharedFields';

type Sent = Pick<LiveValue, 'text' | 'etag'>;

/**
 * The side panel's live layer: every keystroke of a shared note and of a goal's text goes into the
 * conversation's live map (once joined; Fluid is loaded on demand), a note's also into the local draft; the
 * other party's arrive through {@link subscribe}, and so does each note's last save (text and eTag, so that
 * the next save of either party is based on the current version). A draft left by a reload, a closed panel
 * or time offline is offered back to the form ({@link drafted}) when nobody changed that note meanwhile;
 * when both did, it is not sent live: the form's save meets the other's version (412) and shows both texts.
 * Only shared fields travel (`sharedFields.ts`); never a private note or a preparation.
 */
export class MeetingLive implements MeetingLivePort {
  private session: LiveSession | null = null;
  private readonly handlers = new Set<(change: SharedChange) => void>();
  private readonly pending = new Map<string, Sent>();
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
    const key = keyOf(change);
    const text = change.field.kind === 'goals' ? new Date().toISOString() : (change.text ?? '');
    if (change.field.kind === 'note' && change.etag === undefined) {
      const base = this.drafts[key]?.base ?? this.session?.get(key)?.text ?? '';
      this.saveDraft({ ...this.drafts, [key]: { text, base } });
    }
    this.send(key, change.etag === undefined ? { text } : { text, etag: change.etag });
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

  private send(key: string, value: Sent): void {
    if (this.session?.connected) this.session.set(key, value.text, value.etag);
    else this.pending.set(key, value);
  }

  private attach(session: LiveSession): void {
    this.session = session;
    this.stops.push(
      session.onRemote((key, value) => this.heard(key, value)),
      session.onConnection((connected) => connected && this.reconnected()),
      session.onSaved(() => this.acknowledged()),
    );
    if (session.connected) this.reconnected();
  }

  private heard(key: string, value: LiveValue): void {
    const known = fieldOf(key);
    if (!known || (known.saved && value.etag === undefined)) return;
    const { field } = known;
    const change: SharedChange =
      field.kind === 'goals'
        ? { field }
        : known.saved
          ? { field, text: value.text, etag: value.etag }
          : { field, text: value.text };
    this.handlers.forEach((handler) => handler(change));
  }

  /** Joined or back: what the other wrote meanwhile comes in; mine goes out unless both changed it. */
  private reconnected(): void {
    const session = this.session!;
    const drafts = { ...this.drafts };
    const apart = new Set<string>();
    for (const [key, mine] of Object.entries(this.drafts)) {
      const theirs = session.get(key)?.text ?? mine.base;
      const result = reconcile(mine.base, mine.text, theirs);
      if (result.kind === 'mine') this.pending.set(key, { text: mine.text });
      if (result.kind === 'theirs' || result.kind === 'same') delete drafts[key];
      if (result.kind === 'conflict') {
        this.pending.delete(key);
        apart.add(key);
      }
    }
    // Both changed a note apart: theirs is not put over mine on screen; the form's save shows both (412).
    for (const key of session.keys())
      if (!this.pending.has(key) && !apart.has(key)) this.heard(key, session.get(key)!);
    this.saveDraft(drafts);
    for (const [key, value] of this.pending) session.set(key, value.text, value.etag);
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
