/** When the record of a conversation is saved (see {@link CoalescedSaves}). */
export interface SaveTiming {
  /** Save after this long without typing… */
  readonly pauseMs: number;
  /**
   * …but never sooner than this after the last save, and no later than this after the first unsaved change
   * while the typing goes on: while someone types without a pause, one save every `intervalMs`.
   */
  readonly intervalMs: number;
}

/**
 * The product's timing. SharePoint's budget sets it: a save costs 2 resource units per note written, and 100
 * meetings with both parties typing must stay within 1,200 units a minute (half the 1k-5k tier), i.e. at
 * most 6 notes written a minute per meeting. One save per party every 30 s while both type makes 4 (8 units,
 * 800 for 100 meetings), leaving room for the opening reads and a merge now and then (`npm run bench --
 * load`, test/bench/scenarios/typing.ts). The live layer shows every keystroke to the other party within 2 s
 * and the local draft keeps it meanwhile, so the record may trail the typing by that much.
 */
export const SAVE_TIMING: SaveTiming = { pauseMs: 2000, intervalMs: 30_000 };

/**
 * The one saver of a conversation's form: every change is coalesced into the next save, which runs on a
 * pause in typing, at most every `intervalMs` while the typing goes on, and at once on {@link flush} (a topic
 * change, the panel hidden or closed). One save runs at a time; changes made meanwhile go into the next.
 * The save itself is the form's ({@link use}).
 */
export class CoalescedSaves {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChange: number | undefined;
  private lastChange = 0;
  private lastSave = -Infinity;
  private running: Promise<void> | null = null;
  private again = false;
  private disposed = false;
  /** Saves run so far (each writes what was unsaved then). */
  saves = 0;

  private save: () => Promise<boolean> = async () => true;

  constructor(
    private readonly timing: SaveTiming = SAVE_TIMING,
    private readonly now: () => number = Date.now,
  ) {}

  /** What a save does: write everything unsaved; false when something must be tried again. */
  use(save: () => Promise<boolean>): void {
    this.save = save;
  }

  /** Something was typed: it goes into the next timed save. */
  changed(): void {
    const now = this.now();
    this.firstChange ??= now;
    this.lastChange = now;
    this.plan();
  }

  /**
   * Saves now what changed since the last save (a topic change, the panel hidden or closed); resolves when
   * the save has run. Nothing changed: no save.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.firstChange === undefined && !this.running) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.firstChange = undefined;
    this.lastSave = this.now();
    this.saves++;
    this.running = this.save()
      .then((done) => {
        if (!done) this.changed();
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.flush();
        } else this.plan();
      });
    return this.running;
  }

  /** Stops the timer (the form closed; call {@link flush} first to keep what is typed). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  /** The next timed save: after the pause, or at the interval's end; never within the interval of the last. */
  private plan(): void {
    if (this.firstChange === undefined || this.disposed) return;
    const { pauseMs, intervalMs } = this.timing;
    const at = Math.max(
      this.lastSave + intervalMs,
      Math.min(this.lastChange + pauseMs, this.firstChange + intervalMs),
    );
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, at - this.now()));
  }
}
