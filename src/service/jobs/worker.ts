/**
 * The worker loop every service instance runs (`startService` starts it, closing the service stops it): it
 * receives one job at a time with a visibility timeout, renews that timeout while the job runs (a heartbeat
 * every third of it), and deletes the message when the job has ended. A message whose process dies reappears
 * when its timeout runs out, for this or another instance; `later` hides it again for a short while.
 */
import type { WorkerLog } from './jobLog';
import type { JobQueue, ReceivedJob } from './queue';

/** What became of a job: ended (delete the message), or to be looked at again after `seconds`. */
export type JobVerdict = { readonly kind: 'ended' } | { readonly kind: 'later'; readonly seconds: number };

export type JobHandler = (job: ReceivedJob, signal: AbortSignal) => Promise<JobVerdict>;

export interface Worker {
  /** Stops receiving; a job under way is abandoned at its next step, and its message reappears later. */
  stop(): Promise<void>;
}

export interface WorkerOptions {
  readonly visibilitySeconds: number;
  /** Pause when the queue was empty (default 500 ms). */
  readonly idleMs?: number;
  /** Where failures go (`jobLog.ts`): a job that stopped names its id. */
  readonly log?: WorkerLog;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

export function startWorker(queue: JobQueue, handle: JobHandler, options: WorkerOptions): Worker {
  const stopping = new AbortController();
  const log = options.log ?? (() => undefined);
  const idleMs = options.idleMs ?? 500;

  async function work(job: ReceivedJob): Promise<void> {
    const heartbeat = setInterval(
      () =>
        void queue.hide(job, options.visibilitySeconds).catch((e: unknown) => log('heartbeat', e, job.id)),
      (options.visibilitySeconds * 1000) / 3,
    );
    try {
      const verdict = await handle(job, stopping.signal);
      clearInterval(heartbeat);
      if (verdict.kind === 'ended') await queue.delete(job);
      else await queue.hide(job, verdict.seconds);
    } catch (error) {
      // Left as it is: the message reappears when its timeout runs out and the job resumes.
      if (!stopping.signal.aborted) log(`job ${job.id} stopped`, error, job.id);
    } finally {
      clearInterval(heartbeat);
    }
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const job = await queue.receive(options.visibilitySeconds);
        if (job) await work(job);
        else await pause(idleMs, stopping.signal);
      } catch (error) {
        log('queue', error);
        await pause(idleMs * 4, stopping.signal);
      }
    }
  })();

  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
