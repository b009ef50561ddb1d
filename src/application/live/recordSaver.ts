import { reconcile } from './reconcile';

/** Writes one shared field to the record (SharePoint, through the service, with If-Match). Never rejects. */
export interface RecordWriter {
  /**
   * `saved`; `stale` with the text the record holds now (the writer keeps the new eTag for the retry); or
   * `failed` (offline, refused), to be tried again at the next save.
   */
  write(
    key: string,
    text: string,
  ): Promise<{ kind: 'saved' } | { kind: 'stale'; current: string } | { kind: 'failed' }>;
}

/** What the saver needs from the form (`liveForm.ts`). */
export interface SavedForm {
  unsaved(): { key: string; text: string }[];
  conflictWithRecord(key: string, mine: string, theirs: string): void;
}

export interface SaverTiming {
  /** Save after this long without typing. */
  readonly pauseMs: number;
  /** …but no later than this after the first unsaved change. */
  readonly maxDelayMs: number;
}

export const DEFAULT_TIMING: SaverTiming = { pauseMs: 1500, maxDelayMs: 5000 };

/**
 * Saves the form's record coalesced per conversation: what the caller wrote (the other party's client saves
 * what they wrote), on a pause, at most every few seconds while typing, and at once on a topic change or when
 * the panel closes ({@link flush}). A 412 is merged (`reconcile.ts`) and retried; when both changed the same
 * field, the form shows both texts; nothing is dropped.
 */
export class RecordSaver {
  private readonly saved = new Map<string, string>();
  private pause: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  /** How many writes reached the record (for the load figures and the tests). */
  writes = 0;

  constructor(
    private readonly form: SavedForm,
    private readonly writer: RecordWriter,
    record: Readonly<Record<string, string>>,
    private readonly timing: SaverTiming = DEFAULT_TIMING,
  ) {
    for (const [key, text] of Object.entries(record)) this.saved.set(key, text);
  }

  /** The record holds this text now (loaded, or saved by the other party). */
  recordIs(key: string, text: string): void {
    this.saved.set(key, text);
  }

  /** Something changed: save after a pause, and no later than the deadline. */
  changed(): void {
    clearTimeout(this.pause);
    this.pause = setTimeout(() => void this.flush(), this.timing.pauseMs);
    this.deadline ??= setTimeout(() => void this.flush(), this.timing.maxDelayMs);
  }

  /** Saves now (a topic change, the panel closing); resolves when the record has what the form had. */
  flush(): Promise<void> {
    clearTimeout(this.pause);
    clearTimeout(this.deadline);
    this.pause = this.deadline = undefined;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.saveAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  dispose(): void {
    clearTimeout(this.pause);
    clearTimeout(this.deadline);
  }

  private async saveAll(): Promise<void> {
    for (const { key, text } of this.form.unsaved()) {
      if (this.saved.get(key) === text) continue;
      await this.saveOne(key, text);
    }
  }

  private async saveOne(key: string, text: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await this.writer.write(key, text);
      if (result.kind === 'failed') return this.changed();
      if (result.kind === 'saved') {
        this.writes++;
        this.saved.set(key, text);
        return;
      }
      const merged = reconcile(this.saved.get(key) ?? '', text, result.current);
      this.saved.set(key, result.current);
      if (merged.kind === 'same' || merged.kind === 'theirs') return;
      if (merged.kind === 'conflict') return this.form.conflictWithRecord(key, text, result.current);
    }
  }
}
