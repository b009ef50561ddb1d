/** The small OData `$filter` and `$select` the sandbox understands on events. */
import { badRequest } from './errors';
import type { EventRec } from './records';
import { toInstant } from './tz';

const CLAUSE =
  /^(start|end)\/dateTime\s+(eq|ne|ge|gt|le|lt)\s+'([^']+)'$|^(subject|transactionId|iCalUId)\s+eq\s+'((?:[^']|'')*)'$|^(isOnlineMeeting|isCancelled)\s+eq\s+(true|false)$/i;
const SVEP =
  /singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'([^']*)'\s+and\s+\1\/value\s+eq\s+'([^']*)'\s*\)/i;

/** A small OData `$filter` for events: start/end dateTime comparisons, a few equalities, extended properties. */
export function eventFilter(text: string | undefined): (e: EventRec) => boolean {
  if (!text) return () => true;
  const tests: ((e: EventRec) => boolean)[] = [];
  let rest = text;
  const svep = SVEP.exec(rest);
  if (svep) {
    const [, , id = '', value = ''] = svep;
    tests.push((e) =>
      e.singleValueExtendedProperties.some(
        (p) => p.id.toLowerCase() === id.toLowerCase() && p.value === value,
      ),
    );
    rest = rest.replace(svep[0], 'true');
  }
  for (const raw of rest.split(/\s+and\s+/i).map((c) => c.trim().replace(/^\((.*)\)$/, '$1'))) {
    if (raw === 'true') continue;
    const m = CLAUSE.exec(raw);
    if (!m) throw badRequest('Invalid filter clause', 'ErrorInvalidUrlQueryFilter');
    if (m[1]) {
      const field = m[1].toLowerCase() === 'start' ? 'startUtc' : 'endUtc';
      const op = (m[2] ?? 'eq').toLowerCase();
      const at = toInstant(m[3] ?? '', 'UTC').getTime();
      const cmp = {
        eq: (a: number) => a === at,
        ne: (a: number) => a !== at,
        ge: (a: number) => a >= at,
        gt: (a: number) => a > at,
        le: (a: number) => a <= at,
        lt: (a: number) => a < at,
      }[op];
      if (!cmp) throw badRequest('Invalid filter operator', 'ErrorInvalidUrlQueryFilter');
      tests.push((e) => cmp(new Date(e[field]).getTime()));
    } else if (m[4]) {
      const key = m[4] === 'transactionId' ? 'transactionId' : m[4] === 'iCalUId' ? 'iCalUId' : 'subject';
      const value = (m[5] ?? '').replace(/''/g, "'");
      tests.push((e) => e[key] === value);
    } else {
      const key = m[6] === 'isCancelled' ? 'isCancelled' : 'isOnlineMeeting';
      tests.push((e) => e[key] === (m[7] === 'true'));
    }
  }
  return (e) => tests.every((t) => t(e));
}

export function select(obj: Record<string, unknown>, sel: string | undefined): Record<string, unknown> {
  if (!sel) return obj;
  const keep = new Set(['@odata.etag', 'id', ...sel.split(',').map((s) => s.trim())]);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k)));
}
