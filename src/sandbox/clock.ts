/**
 * The sandbox's clock, which tests and the embedded default can set forward (`/_sandbox/clock`) so that a
 * year can pass in a test. Everything the organisation does (calendars, lists, drive items, chats) takes its
 * time from here; tokens do not (see `tokenNow` in `context.ts`): a token's lifetime is checked against real
 * time by the MUS service and by the browser's MSAL, so the issuer mints on real time too.
 * The offset is kept in the store, so a restart stays in the year it was moved to; `/_sandbox/reset` wipes it.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendJson } from './context';
import { badRequest } from './errors';
import type { Store } from './store';

const OFFSET_KEY = 'clock:offsetMs';
const DAY_MS = 24 * 3600_000;

/** What `POST /_sandbox/clock` takes: days to move forward, or the instant to move to (never back). */
export const clockChangeSchema = z.union([
  z.strictObject({ advanceDays: z.number().int().min(1).max(3660) }),
  z.strictObject({ now: z.iso.datetime({ offset: true }) }),
]);
export type ClockChange = z.infer<typeof clockChangeSchema>;

export class SandboxClock {
  constructor(
    private readonly store: Store,
    /** Real time (tests may pass their own). */
    private readonly realNow: () => Date = () => new Date(),
  ) {}

  /** Read from the store each time: a reset wipes it, and the clock is back at real time. */
  private get offsetMs(): number {
    return Number(this.store.getMeta(OFFSET_KEY) ?? '0') || 0;
  }

  readonly now = (): Date => new Date(this.realNow().getTime() + this.offsetMs);

  /** Moves the clock forward; moving it back is refused (records would be written before their past). */
  change(change: ClockChange): { ok: true } | { ok: false; reason: string } {
    const target =
      'advanceDays' in change ? this.now().getTime() + change.advanceDays * DAY_MS : Date.parse(change.now);
    if (target < this.now().getTime()) return { ok: false, reason: 'The clock only moves forward.' };
    this.store.setMeta(OFFSET_KEY, String(target - this.realNow().getTime()));
    return { ok: true };
  }

  describe(): { now: string; offsetDays: number } {
    return { now: this.now().toISOString(), offsetDays: Math.round((this.offsetMs / DAY_MS) * 100) / 100 };
  }
}

/** `GET /_sandbox/clock` (the organisation's time) and `POST /_sandbox/clock` (move it forward). */
export function registerClock(app: FastifyInstance, clock: SandboxClock): void {
  app.get('/_sandbox/clock', async (_req, reply) => {
    reply.header('access-control-allow-origin', '*');
    return sendJson(reply, 200, clock.describe());
  });
  app.post('/_sandbox/clock', async (req, reply) => {
    const change = clockChangeSchema.safeParse(req.body);
    if (!change.success)
      throw badRequest('Send { "advanceDays": 1..3660 } or { "now": "<ISO 8601 date-time>" }.');
    const moved = clock.change(change.data);
    if (!moved.ok) throw badRequest(moved.reason);
    return sendJson(reply, 200, clock.describe());
  });
}
