import { civilFromDays } from '../../core/index.js';

const MS_PER_HOUR = 3_600_000;

/** '00'…'99' (an immutable lookup table: no string building per call). */
const TWO: readonly string[] = Object.freeze(
  Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`)),
);

/** '000'…'999'. */
const THREE: readonly string[] = Object.freeze(
  Array.from({ length: 1000 }, (_, i) => (i < 10 ? `00${i}` : i < 100 ? `0${i}` : `${i}`)),
);

/** The last hour formatted (a one-entry cache: consecutive steps almost always fall in the same hour). */
let lastHours = Number.NaN;
let lastPrefix = '';

/** 'YYYY-MM-DDT' of a day count since 1970-01-01, or '' outside the years 0000–9999 (once per hour: cached). */
function dayPrefix(days: number): string {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) return '';
  return `${TWO[Math.floor(year / 100)]!}${TWO[year % 100]!}-${TWO[month]!}-${TWO[day]!}T`;
}

/**
 * `Date#toISOString()` for the years 0000–9999 without the builtin (several times faster; every step
 * writes one). Outside that range, the builtin.
 */
export function isoUtc(ms: number): string {
  const hours = Math.floor(ms / MS_PER_HOUR);
  let prefix: string;
  if (hours === lastHours) prefix = lastPrefix;
  else {
    const days = Math.floor(hours / 24);
    const day = dayPrefix(days);
    if (day === '') return new Date(ms).toISOString();
    prefix = `${day}${TWO[hours - days * 24]!}:`;
    lastPrefix = prefix;
    lastHours = hours;
  }
  const rest = ms - hours * MS_PER_HOUR;
  const mi = Math.floor(rest / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const milli = rest % 1000;
  return `${prefix}${TWO[mi]!}:${TWO[s]!}.${THREE[milli]!}Z`;
}
