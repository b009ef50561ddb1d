import type { DraftField, DraftPort, LiveSession } from '../ports/LivePort';
import { reconcile } from './reconcile';
import { requireSharedKey, SHARED_KEY } from './sharedFields';

/** A conflict: the same field changed by both while apart. Both texts stay until the user picks or merges. */
export interface FieldConflict {
  readonly mine: string;
  readonly theirs: string;
}

/** What the form shows for one shared field. */
export interface FieldView {
  readonly text: string;
  readonly conflict: FieldConflict | null;
}

/** `connecting` until the live map is joined; `offline` while it is unreachable; `local` without one. */
export type LiveState = 'connecting' | 'connected' | 'offline' | 'local';

export interface LiveFormSnapshot {
  readonly live: LiveState;
  readonly fields: Readonly<Record<string, FieldView>>;
}

interface Field {
  text: string;
  /** The shared text {@link text} was typed on top of (what both last saw). */
  base: string;
  conflict: FieldConflict | null;
  /** The caller wrote the current text (so the caller's client saves it to the record). */
  mine: boolean;
}

/**
 * The shared fields of one conversation's form (per-topic shared notes, the goals' text) as both parties
 * see them: typed into the live map while connected, kept in the local draft always, reconciled with the
 * live map on joining and on coming back (`reconcile.ts`), a conflict shown rather than dropped. Private
 * notes and preparation never come here. The UI reads {@link snapshot} (subscribe) and calls
 * {@link edit}/{@link resolve}; the record is saved by `recordSaver.ts` from {@link unsaved}.
 */
export class LiveForm {
  private readonly fields = new Map<string, Field>();
  private session: LiveSession | null = null;
  private state: LiveState = 'connecting';
  private readonly sent = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[] = [];
  private view: LiveFormSnapshot | null = null;

  constructor(
    private readonly conversationId: string,
    private readonly draft: DraftPort,
    record: Readonly<Record<string, string>>,
  ) {
    const drafted = draft.load(conversationId);
    for (const key of new Set([...Object.keys(record), ...Object.keys(drafted)])) {
      requireSharedKey(key);
      const saved = record[key] ?? '';
      const mine = drafted[key];
      this.fields.set(key, { text: saved, base: saved, conflict: null, mine: false });
      if (mine) this.settle(key, mine, saved);
    }
    this.persist();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): LiveFormSnapshot => {
    this.view ??= {
      live: this.state,
      fields: Object.fromEntries(
        [...this.fields].map(([key, f]) => [key, { text: f.text, conflict: f.conflict }]),
      ),
    };
    return this.view;
  };

  /** The user typed into a shared field. */
  edit(key: string, text: string): void {
    const field = this.field(key);
    if (field.conflict) field.conflict = { ...field.conflict, mine: text };
    else this.write(key, field, text);
    this.changed();
  }

  /** The user resolved a conflict with this text (theirs, mine, or a merge of both). */
  resolve(key: string, text: string): void {
    const field = this.field(key);
    if (field.conflict) field.base = field.conflict.theirs;
    field.conflict = null;
    this.write(key, field, text);
    this.changed();
  }

  /** A newer record value from the service (e.g. a goal added, or saved by the other party). */
  recordChanged(key: string, text: string): void {
    const field = this.fields.get(requireSharedKey(key));
    if (!field) this.fields.set(key, { text, base: text, conflict: null, mine: false });
    else if (!this.session && !field.conflict) this.settle(key, { text: field.text, base: field.base }, text);
    this.changed();
  }

  /** The fields the caller wrote last, with their text: what the caller's client saves to the record. */
  unsaved(): { key: string; text: string }[] {
    return [...this.fields]
      .filter(([, f]) => f.mine && !f.conflict)
      .map(([key, f]) => ({ key, text: f.text }));
  }

  /** The record holds a text both did not agree on while the field is still the caller's: both texts shown. */
  conflictWithRecord(key: string, mine: string, theirs: string): void {
    const field = this.field(key);
    if (field.text !== mine || field.conflict) return;
    field.conflict = { mine, theirs };
    this.changed();
  }

  /** Live joining failed: the form stays local (draft and record). */
  joinFailed(): void {
    this.state = 'local';
    this.changed();
  }

  /** The live map is joined: reconcile every field with it, then follow it. */
  attach(session: LiveSession): void {
    this.session = session;
    this.unsubscribe.push(
      session.onRemote((key, value) => this.remote(key, value.text)),
      session.onConnection((connected) => (connected ? this.reconnected() : this.offline())),
      session.onSaved(() => this.acknowledged()),
    );
    if (session.connected) this.reconnected();
    else this.offline();
  }

  dispose(): void {
    this.unsubscribe.forEach((stop) => stop());
    this.session?.close();
    this.session = null;
  }

  private field(key: string): Field {
    let field = this.fields.get(requireSharedKey(key));
    if (!field) this.fields.set(key, (field = { text: '', base: '', conflict: null, mine: false }));
    return field;
  }

  private write(key: string, field: Field, text: string): void {
    field.text = text;
    field.mine = true;
    if (this.session?.connected && this.state === 'connected') {
      this.session.set(key, text);
      this.sent.set(key, text);
    }
  }

  /** Mine (typed on top of `mine.base`) against what is shared now. */
  private settle(key: string, mine: DraftField, theirs: string): void {
    const field = this.field(key);
    const result = reconcile(mine.base, mine.text, theirs);
    // A conflict keeps the base both last agreed on, so that a reload finds the same conflict again.
    field.base = result.kind === 'conflict' ? mine.base : theirs;
    if (result.kind === 'conflict') {
      field.text = result.mine;
      field.conflict = { mine: result.mine, theirs: result.theirs };
      field.mine = true;
    } else {
      field.text = result.text;
      field.mine = result.kind === 'mine' || (result.kind === 'same' && field.mine);
    }
  }

  private remote(key: string, text: string): void {
    if (!SHARED_KEY.test(key)) return;
    const field = this.field(key);
    if (field.conflict) field.conflict = { ...field.conflict, theirs: text };
    else Object.assign(field, { text, base: text, mine: false });
    this.changed();
  }

  private reconnected(): void {
    const session = this.session;
    if (!session) return;
    this.state = 'connected';
    const live = session.keys().filter((key) => SHARED_KEY.test(key));
    for (const key of new Set([...this.fields.keys(), ...live])) {
      const field = this.field(key);
      const shared = session.get(key)?.text ?? field.base;
      if (field.conflict) {
        field.conflict = { ...field.conflict, theirs: shared };
        continue;
      }
      this.settle(key, { text: field.text, base: field.base }, shared);
      if (field.text !== shared && !field.conflict) this.write(key, field, field.text);
    }
    this.changed();
  }

  private offline(): void {
    this.state = 'offline';
    this.changed();
  }

  private acknowledged(): void {
    for (const [key, text] of this.sent) {
      const field = this.fields.get(key);
      if (field && !field.conflict) field.base = text;
    }
    this.sent.clear();
    this.persist();
  }

  private persist(): void {
    const dirty: Record<string, DraftField> = {};
    for (const [key, f] of this.fields) {
      if (f.conflict) dirty[key] = { text: f.conflict.mine, base: f.base };
      else if (f.text !== f.base) dirty[key] = { text: f.text, base: f.base };
    }
    this.draft.save(this.conversationId, dirty);
  }

  private changed(): void {
    this.persist();
    this.view = null;
    this.listeners.forEach((listener) => listener());
  }
}
