import { formatVnDateTime, isCivilDate, toInstant } from '../core/index.js';

/**
 * A date read from a page: the civil date, the date-time when the page gave a time (`+07:00` unless the
 * source stated an offset), and where it came from.
 *
 * @example
 * ```ts
 * import { readVietnameseDate } from 'vn-portal-kit/site';
 * readVietnameseDate('Ngày đăng: 05/12/2026 08:30')?.dateTime //=> '2026-12-05T08:30:00+07:00'
 * ```
 */
export interface PageDate {
  /** `YYYY-MM-DD`, the Vietnamese civil date. */
  readonly date: string;
  /** ISO 8601 with offset, when a time was given; else the civil date alone. */
  readonly dateTime: string;
  /** The text the date was read from (at most 80 characters). */
  readonly source: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function civil(y: number, m: number, d: number): string | undefined {
  const s = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return y >= 1945 && y <= 2200 && isCivilDate(s) ? s : undefined;
}

function withTime(date: string, h?: string, min?: string, sec?: string): string {
  if (h === undefined || min === undefined) return date;
  const hh = Number(h);
  const mm = Number(min);
  const ss = sec === undefined ? 0 : Number(sec);
  if (hh > 23 || mm > 59 || ss > 59) return date;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}+07:00`;
}

// dd/mm/yyyy (or - .) with an optional time hh:mm[:ss] before or after it ("08:30 05/12/2026", "05/12/2026 - 08:30").
const DMY =
  /(?:(?<!\d)(\d{1,2})[:hg](\d{2})(?::(\d{2}))?\s*(?:,|-|\||ngày)?\s*)?(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\5\s*(\d{4})(?![\d/])(?:\s*(?:,|-|\||lúc)?\s*(\d{1,2})[:hg](\d{2})(?::(\d{2}))?(?!\d))?/u;
// "ngày 05 tháng 12 năm 2026"
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu;
// ISO 8601: 2026-12-05, 2026-12-05T08:30:00+07:00, …Z
const ISO =
  /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/;

/**
 * Reads the first date in a text as a Vietnamese page writes it: `05/12/2026`, `5-12-2026 08:30`,
 * `08:30 05/12/2026`, `ngày 05 tháng 12 năm 2026`, or ISO 8601 (with its offset, converted to `+07:00`).
 * Day-first always (Vietnamese order). Impossible dates (31/02) and years outside 1945–2200 are not dates.
 * Never throws; linear time on any input.
 *
 * @example
 * ```ts
 * import { readVietnameseDate } from 'vn-portal-kit/site';
 * readVietnameseDate('Hà Nội, ngày 02 tháng 12 năm 2026')?.date //=> '2026-12-02'
 * readVietnameseDate('31/02/2026') //=> undefined
 * ```
 */
export function readVietnameseDate(text: string): PageDate | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const s = text.length > 4_000 ? text.slice(0, 4_000) : text;
  const found: { index: number; date: PageDate }[] = [];
  const dmy = DMY.exec(s);
  if (dmy) {
    const date = civil(Number(dmy[7]), Number(dmy[6]), Number(dmy[4]));
    if (date)
      found.push({
        index: dmy.index,
        date: {
          date,
          dateTime:
            dmy[8] !== undefined
              ? withTime(date, dmy[8], dmy[9], dmy[10])
              : withTime(date, dmy[1], dmy[2], dmy[3]),
          source: dmy[0].slice(0, 80),
        },
      });
  }
  const words = WORDS.exec(s);
  if (words) {
    const date = civil(Number(words[3]), Number(words[2]), Number(words[1]));
    if (date)
      found.push({ index: words.index, date: { date, dateTime: date, source: words[0].slice(0, 80) } });
  }
  const iso = ISO.exec(s);
  if (iso) {
    const date = civil(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) {
      let value: PageDate | undefined = { date, dateTime: date, source: iso[0].slice(0, 80) };
      if (iso[4] !== undefined) {
        const instant = toInstant(
          iso[7] === undefined ? `${iso[0].replace(' ', 'T')}+07:00` : iso[0].replace(' ', 'T'),
        );
        if (instant.ok) {
          const local = formatVnDateTime(instant.value);
          value = { date: local.slice(0, 10), dateTime: local, source: iso[0].slice(0, 80) };
        } else value = undefined;
      }
      if (value) found.push({ index: iso.index, date: value });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.date;
}
