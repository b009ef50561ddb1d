import type { DraftPort, LivePort } from '../ports/LivePort';
import { LiveForm } from './liveForm';
import { RecordSaver, type RecordWriter, type SaverTiming } from './recordSaver';

/** The live form of one conversation with its record saver: what a side panel holds while it is open. */
export interface OpenLiveForm {
  readonly form: LiveForm;
  /** Type into a shared field (shared at once when connected, saved to the record coalesced). */
  edit(key: string, text: string): void;
  /** Keep this text for a field in conflict. */
  resolve(key: string, text: string): void;
  /** A topic change or the panel closing: save what the caller wrote now. */
  flush(): Promise<void>;
  /** Leaves the live map (after saving). */
  close(): Promise<void>;
}

/**
 * Opens a side panel's shared fields: the form at once from the record and the local draft, then the live
 * map when it is joined (`live.join` loads Fluid on demand); without one the form stays local and saves to the
 * record all the same.
 */
export function openLiveForm(options: {
  conversationId: string;
  record: Readonly<Record<string, string>>;
  live: LivePort;
  draft: DraftPort;
  writer: RecordWriter;
  timing?: SaverTiming;
}): OpenLiveForm {
  const form = new LiveForm(options.conversationId, options.draft, options.record);
  const saver = new RecordSaver(form, options.writer, options.record, options.timing);
  let closed = false;
  void options.live.join(options.conversationId).then((joined) => {
    if (!joined.ok) return form.joinFailed();
    if (closed) return joined.session.close();
    form.attach(joined.session);
    // What the draft pushed on joining is the caller's to save.
    saver.changed();
  });
  return {
    form,
    edit(key, text) {
      form.edit(key, text);
      saver.changed();
    },
    resolve(key, text) {
      form.resolve(key, text);
      saver.changed();
    },
    flush: () => saver.flush(),
    async close() {
      closed = true;
      await saver.flush();
      saver.dispose();
      form.dispose();
    },
  };
}
