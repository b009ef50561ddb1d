/**
 * SharePoint's resource-unit budget, metered per app per minute as SharePoint Online does ("Avoid getting
 * throttled or blocked in SharePoint Online", learn.microsoft.com; /work facts in the sandbox README):
 * - the budget per app per minute follows the tenant's licence count: 1,200 units up to 1,000 licences, 2,400
 *   up to 5,000, 3,600 up to 15,000, 4,800 up to 50,000, 6,000 above;
 * - a Graph request on SharePoint (a site, list, item, drive or drive item) costs 1 unit for a single item, 2
 *   for a multi-item query and for a create, update or delete, 5 for a permission operation; the requests of
 *   a `$batch` are counted one by one (the batch itself costs nothing);
 * - from 80 % of the budget every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
 *   (seconds to the next window); past the budget the request is refused with 429 and `Retry-After`, and the
 *   refused request counts too.
 * Without a licence count the meter only counts (no headers, no 429), so tests and the default sandbox are
 * never throttled unless they set a tier.
 */

/** Units per minute for a tenant with `licences` licences. */
export function unitsPerMinute(licences: number): number {
  if (licences <= 1_000) return 1_200;
  if (licences <= 5_000) return 2_400;
  if (licences <= 15_000) return 3_600;
  if (licences <= 50_000) return 4_800;
  return 6_000;
}

const SHAREPOINT_PATH = /^\/v1\.0\/(sites|drives|me\/drive|users\/[^/]+\/drive)(\/|$|:)/i;
/** Requests that answer many items: a collection at the end of the path (after `:` for a path-addressed folder). */
const MULTI_ITEM = /(\/|:\/)(sites|lists|items|columns|children|versions|contentTypes)$/i;

/** The cost of a request in resource units, or 0 when it is not a SharePoint request. */
export function costOf(method: string, path: string, query: string): number {
  if (!SHAREPOINT_PATH.test(path)) return 0;
  if (/\/permissions(\/|$)/i.test(path) || /expand=[^&]*permissions/i.test(decodeURIComponent(query)))
    return 5;
  if (method.toUpperCase() !== 'GET') return 2;
  return MULTI_ITEM.test(path) ? 2 : 1;
}

export interface MeterDecision {
  /** Headers to add to the answer (the RateLimit ones from 80 %, and Retry-After on a refusal). */
  readonly headers: Record<string, string>;
  /** Seconds to wait when the request is refused (429), else undefined. */
  readonly retryAfter: number | undefined;
}

interface Window {
  start: number;
  units: number;
}

export interface AppUsage {
  readonly appId: string;
  /** Units counted since the meter was last cleared, refused requests included. */
  readonly units: number;
  readonly requests: number;
  readonly throttled: number;
  /** The most units used in one minute window. */
  readonly peakWindowUnits: number;
  /** Units of the current window. */
  readonly windowUnits: number;
}

const WINDOW_MS = 60_000;

export class ResourceMeter {
  private licences: number | undefined;
  private readonly windows = new Map<string, Window>();
  private readonly totals = new Map<
    string,
    { units: number; requests: number; throttled: number; peak: number }
  >();

  constructor(
    licences: number | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.licences = licences;
  }

  /** The tier (`undefined`: count only). */
  setLicences(licences: number | undefined): void {
    this.licences = licences;
    this.windows.clear();
  }

  get limit(): number | undefined {
    return this.licences === undefined ? undefined : unitsPerMinute(this.licences);
  }

  /** Counts a request of `appId` and says whether it may go on. */
  charge(appId: string, method: string, path: string, query: string): MeterDecision | undefined {
    const cost = costOf(method, path, query);
    if (cost === 0) return undefined;
    const now = this.clock();
    let window = this.windows.get(appId);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, units: 0 };
      this.windows.set(appId, window);
    }
    const before = window.units;
    window.units += cost;
    const total = this.totals.get(appId) ?? { units: 0, requests: 0, throttled: 0, peak: 0 };
    total.units += cost;
    total.requests += 1;
    total.peak = Math.max(total.peak, window.units);
    this.totals.set(appId, total);
    const limit = this.limit;
    if (limit === undefined) return undefined;
    const reset = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    const over = before + cost > limit;
    if (over) total.throttled += 1;
    const headers: Record<string, string> =
      window.units >= 0.8 * limit
        ? {
            'ratelimit-limit': String(limit),
            'ratelimit-remaining': String(Math.max(0, limit - window.units)),
            'ratelimit-reset': String(reset),
          }
        : {};
    if (over) headers['retry-after'] = String(reset);
    return { headers, retryAfter: over ? reset : undefined };
  }

  usage(): AppUsage[] {
    const now = this.clock();
    return [...this.totals.entries()].map(([appId, t]) => {
      const window = this.windows.get(appId);
      return {
        appId,
        units: t.units,
        requests: t.requests,
        throttled: t.throttled,
        peakWindowUnits: t.peak,
        windowUnits: window && now - window.start < WINDOW_MS ? window.units : 0,
      };
    });
  }

  /** Forgets all counts and windows (the tier stays). */
  clear(): void {
    this.windows.clear();
    this.totals.clear();
  }
}
