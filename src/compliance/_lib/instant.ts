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
 * millions of them. `undefined` when invalid.
 */
export function instantMs(s: string): number | undefined {
  // The last four texts read and their values: the item reader reads an item's dates, then the rules read the
  // same strings again (approval, publication, event), so most calls end here.
  if (s === k0) return v0;
  if (s === k1) return v1;
  if (s === k2) return v2;
  if (s === k3) return v3;
  const v = readAndKeepInstant(slot as 0 | 1 | 2 | 3, s);
  slot = (slot + 1) & 3;
  return v;
}

/**
 * {@link instantMs} for the item reader, which reads an item's dates first: parses `s` and keeps it in the
 * given slot (event 0, publication 1, approval 2, update 3), without looking the slots up first, so that the
 * rules' later `instantMs` calls on the same strings find them.
 */
export function readAndKeepInstant(slotIndex: 0 | 1 | 2 | 3, s: string): number | undefined {
  const v = readInstant(s);
  switch (slotIndex) {
    case 0:
      k0 = s;
      v0 = v;
      break;
    case 1:
      k1 = s;
      v1 = v;
      break;
    case 2:
      k2 = s;
      v2 = v;
      break;
    default:
      k3 = s;
      v3 = v;
  }
  return v;
}

let k0: string | undefined;
let k1: string | undefined;
let k2: string | undefined;
let k3: string | undefined;
let v0: number | undefined;
let v1: number | undefined;
let v2: number | undefined;
let v3: number | undefined;
let slot = 0;

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
