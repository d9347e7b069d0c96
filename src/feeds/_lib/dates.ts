import { dayOfWeek, formatVnDateTime, toInstant } from '../../core/index.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONES: Readonly<Record<string, string>> = {
  GMT: '+00:00',
  UT: '+00:00',
  UTC: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  ICT: '+07:00',
};
const RFC822 =
  /^\s{0,5}(?:[A-Za-z]{3},\s{0,5})?(\d{1,2})\s{1,5}([A-Za-z]{3})\s{1,5}(\d{2,4})\s{1,5}(\d{1,2}):(\d{2})(?::(\d{2}))?\s{0,5}([+-]\d{4}|[A-Za-z]{1,3})?\s{0,5}$/;

/** An instant as an RFC 822 date in Vietnamese time: `Wed, 25 Nov 2026 09:00:00 +0700`. */
export function toRfc822(instant: Date): string {
  const iso = formatVnDateTime(instant);
  const date = iso.slice(0, 10);
  return `${DAYS[dayOfWeek(date)]}, ${iso.slice(8, 10)} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} ${iso.slice(11, 19)} +0700`;
}

/** Reads an RFC 822 (RSS) or ISO 8601 (Atom) date as an ISO 8601 date-time with offset, or `undefined`. */
export function readFeedDate(text: string): string | undefined {
  const s = text.trim();
  if (s.length === 0 || s.length > 64) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const r = toInstant(s);
    return r.ok ? formatVnDateTime(r.value) : undefined;
  }
  const m = RFC822.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(`${m[2]?.[0]?.toUpperCase()}${m[2]?.slice(1).toLowerCase()}`);
  if (month < 0) return undefined;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const zone = m[7];
  let offset = '+00:00';
  if (zone !== undefined) {
    if (/^[+-]\d{4}$/.test(zone)) offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    else {
      const z = ZONES[zone.toUpperCase()];
      if (z === undefined) return undefined;
      offset = z;
    }
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Number(m[1])).padStart(2, '0')}T${String(Number(m[4])).padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${offset}`;
  const r = toInstant(iso);
  return r.ok ? formatVnDateTime(r.value) : undefined;
}
