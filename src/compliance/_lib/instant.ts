import { daysFromCivil, daysInMonth, toInstant } from '../../core/index.js';

const D0 = 48;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - D0;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Epoch milliseconds of a civil date or ISO date-time, exactly as `toInstant` reads it, with a fast path for
 * the canonical forms CMS exports use (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS+07:00`, `…Z`): the audit reads
 * millions of them, each once, in the item reader (the `AuditItem` carries the result). `undefined` when
 * invalid. A pure function: nothing is remembered between calls.
 */
export function instantMs(s: string): number | undefined {
  return readInstant(s);
}

function readInstant(s: string): number | undefined {
  const len = s.length;
  if ((len === 10 || len === 20 || len === 25) && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) {
      const day = daysFromCivil(y, m, d) * 86_400_000;
      if (len === 10) return day - 420 * 60_000;
      if (s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
        const h = digits(s, 11, 2);
        const mi = digits(s, 14, 2);
        const sec = digits(s, 17, 2);
        if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59) {
          const local = day + ((h * 60 + mi) * 60 + sec) * 1000;
          if (len === 20 && s.charCodeAt(19) === 90) return local;
          if (len === 25 && s.charCodeAt(22) === 58) {
            const sign = s.charCodeAt(19) === 43 ? 1 : s.charCodeAt(19) === 45 ? -1 : 0;
            const oh = digits(s, 20, 2);
            const om = digits(s, 23, 2);
            if (sign !== 0 && oh >= 0 && oh <= 23 && om >= 0 && om <= 59)
              return local - sign * (oh * 60 + om) * 60_000;
          }
        }
      }
    }
  }
  const r = toInstant(s);
  return r.ok ? r.value.getTime() : undefined;
}
