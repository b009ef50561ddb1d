/** Time zones as Graph speaks them (Windows names or IANA) and Graph's dateTime format. */
import { TZDate } from '@date-fns/tz';
import { badRequest } from './errors';

const WINDOWS_TO_IANA: Record<string, string> = {
  'Romance Standard Time': 'Europe/Copenhagen',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Eastern Standard Time': 'America/New_York',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

/** The IANA zone for a Graph time zone name, or a 400 as Graph answers unknown zones. */
export function ianaZone(name: string): string {
  const mapped = WINDOWS_TO_IANA[name];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name;
  } catch {
    throw badRequest(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
      'TimeZoneNotSupportedException',
    );
  }
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?Z?$/;

/** A wall-clock dateTime in a zone → the UTC instant. */
export function toInstant(dateTime: string, timeZone: string): Date {
  const m = DATE_TIME.exec(dateTime);
  if (!m) throw badRequest(`Cannot convert the literal '${dateTime}' to the expected type 'Edm.DateTime'.`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? '0'));
  const zone = dateTime.endsWith('Z') ? 'UTC' : ianaZone(timeZone);
  const t = new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, zone);
  return new Date(t.getTime());
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An instant → Graph's `{dateTime, timeZone}` in the named zone (UTC if none). */
export function toDateTimeTimeZone(instant: Date, timeZone = 'UTC'): { dateTime: string; timeZone: string } {
  const t = new TZDate(instant.getTime(), ianaZone(timeZone));
  const dateTime = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}.0000000`;
  return { dateTime, timeZone };
}

/** The zone asked for with `Prefer: outlook.timezone="…"`, if any. */
export function preferredZone(prefer: string | string[] | undefined): string | undefined {
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(text);
  if (!m?.[1]) return undefined;
  ianaZone(m[1]);
  return m[1];
}

/** Wall-clock parts of an instant in a zone. */
export function wallClock(instant: Date, zone: string): { day: number; minutes: number; date: string } {
  const t = new TZDate(instant.getTime(), ianaZone(zone));
  return {
    day: t.getDay(),
    minutes: t.getHours() * 60 + t.getMinutes(),
    date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
  };
}

/** Midnight of a calendar date in a zone, as an instant, plus `minutes`. */
export function atLocal(date: string, minutes: number, zone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const t = new TZDate(
    y ?? 0,
    (mo ?? 1) - 1,
    d ?? 1,
    Math.floor(minutes / 60),
    minutes % 60,
    0,
    ianaZone(zone),
  );
  return new Date(t.getTime());
}
