/**
 * Injected faults: latency and 429/503 answers with Retry-After, by path pattern, with seeded randomness
 * (repeatable) or "fail the next N". Rules live in memory; reset clears them.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { prng } from './seed';

export const faultRuleSchema = z.strictObject({
  id: z.string().min(1).optional(),
  /** A regular expression tested against the path (without query). Default: every Graph request. */
  path: z.string().default('^/v1\\.0/'),
  method: z.string().optional(),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  status: z.union([z.literal(429), z.literal(503), z.literal(500), z.literal(504)]).default(429),
  /** Share of matching requests that fail (0..1), drawn from a PRNG seeded with `seed`. */
  rate: z.number().min(0).max(1).default(0),
  /** Fail exactly the next N matching requests, then fall back to `rate`. */
  failNext: z.number().int().min(0).default(0),
  retryAfter: z.number().int().min(0).default(1),
  seed: z.number().int().default(1),
  /** Which requests: top-level, inner requests of a $batch, or both. */
  target: z.enum(['all', 'outer', 'inner']).default('all'),
});
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

interface Rule {
  spec: z.infer<typeof faultRuleSchema> & { id: string };
  regex: RegExp;
  left: number;
  rand: () => number;
  hits: number;
  failures: number;
}

export interface FaultDecision {
  latencyMs: number;
  fail: { status: number; retryAfter: number } | undefined;
}

export class Faults {
  private rules: Rule[] = [];

  add(input: unknown): string[] {
    const list = z.union([faultRuleSchema, z.strictObject({ rules: z.array(faultRuleSchema) })]).parse(input);
    const specs = 'rules' in list ? list.rules : [list];
    return specs.map((s) => {
      const spec = { ...s, id: s.id ?? randomUUID() };
      this.rules = this.rules.filter((r) => r.spec.id !== spec.id);
      this.rules.push({
        spec,
        regex: new RegExp(spec.path),
        left: spec.failNext,
        rand: prng(spec.seed),
        hits: 0,
        failures: 0,
      });
      return spec.id;
    });
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.spec.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  describe(): unknown[] {
    return this.rules.map((r) => ({
      ...r.spec,
      remainingFailNext: r.left,
      hits: r.hits,
      failures: r.failures,
    }));
  }

  /** What happens to this request: total latency of the matching rules, and the first failure drawn. */
  decide(method: string, path: string, inner: boolean): FaultDecision {
    let latencyMs = 0;
    let fail: FaultDecision['fail'];
    for (const r of this.rules) {
      const s = r.spec;
      if (s.target === (inner ? 'outer' : 'inner')) continue;
      if (s.method && s.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!r.regex.test(path)) continue;
      r.hits++;
      latencyMs += s.latencyMs;
      if (fail) continue;
      let fails = false;
      if (r.left > 0) {
        r.left--;
        fails = true;
      } else if (s.rate > 0) {
        fails = r.rand() < s.rate;
      }
      if (fails) {
        r.failures++;
        fail = { status: s.status, retryAfter: s.retryAfter };
      }
    }
    return { latencyMs, fail };
  }
}
