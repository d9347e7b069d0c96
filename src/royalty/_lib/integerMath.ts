// Exact integer arithmetic for money: coefficients and percentages are scaled integers, products are
// divided with round-half-up, and BigInt takes over when a product would leave the safe-integer range.

/** Coefficients are held in ten-thousandths: 1.5 → 15_000. */
export const COEFFICIENT_SCALE = 10_000;
/** Percentages are held in hundredths of a percent (basis points): 10 % → 1_000, 100 % → 10_000. */
export const PERCENT_SCALE = 100;
/** 100 % in basis points. */
export const WHOLE_BP = 10_000;

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * `round(a × b / d)` with ties rounded up, for non-negative safe integers `a`, `b` and a positive `d`.
 * Returns `Infinity` when the result would not be a safe integer (callers turn that into an issue).
 */
export function mulDivHalfUp(a: number, b: number, d: number): number {
  const p = a * b;
  if (p <= MAX) {
    const q = Math.floor(p / d);
    const r = p - q * d;
    return r * 2 >= d ? q + 1 : q;
  }
  const bp = BigInt(a) * BigInt(b);
  const bd = BigInt(d);
  let q = bp / bd;
  if ((bp - q * bd) * 2n >= bd) q += 1n;
  return q <= BigInt(MAX) ? Number(q) : Number.POSITIVE_INFINITY;
}

/** Outcome of {@link toScaled}. */
export type ScaledResult =
  | { readonly ok: true; readonly value: number; readonly rounded: boolean }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'not-finite' | 'negative' | 'too-large' };

const DECIMAL_RE = /^(\d{1,15})(?:[.,](\d{1,30}))?$/;

/**
 * Converts a non-negative decimal (a number, or a string such as `'1.5'` / `'1,5'`) to an integer scaled by
 * `scale` (a power of ten), rounding half up beyond the scale's precision. Strings are read digit by digit, so
 * `'0.7'` is exactly 7_000 at scale 10_000; numbers are read through their shortest decimal representation.
 */
export function toScaled(input: unknown, scale: number): ScaledResult {
  let text: string;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return { ok: false, reason: 'not-a-number' };
    if (!Number.isFinite(input)) return { ok: false, reason: 'not-finite' };
    if (input < 0 || Object.is(input, -0)) return input < 0 ? { ok: false, reason: 'negative' } : scaledZero;
    if (input > 1e15) return { ok: false, reason: 'too-large' };
    if (Number.isInteger(input)) return checked(input * scale, false);
    // Fast path: a number with at most the scale's decimals maps back exactly (0.7 × 10_000 → 7_000).
    const fast = Math.round(input * scale);
    if (fast / scale === input) return checked(fast, false);
    text = String(input);
    if (text.includes('e')) {
      // Tiny numbers like 1e-7: below the scale's precision.
      const v = Math.round(input * scale);
      return checked(v, v / scale !== input);
    }
  } else if (typeof input === 'string') {
    text = input.trim();
    if (text.length > 64) return { ok: false, reason: 'too-large' };
    if (text.startsWith('-')) return { ok: false, reason: 'negative' };
    if (text.startsWith('+')) text = text.slice(1);
  } else {
    return { ok: false, reason: 'not-a-number' };
  }
  const m = DECIMAL_RE.exec(text);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const digits = digitsOf(scale);
  const whole = Number(m[1]);
  const frac = m[2] ?? '';
  const kept = frac.slice(0, digits).padEnd(digits, '0');
  const rest = frac.slice(digits);
  let value = whole * scale + Number(kept);
  const rounded = /[1-9]/.test(rest);
  if (rest.length > 0 && rest.charCodeAt(0) >= 53 /* '5' */) value += 1;
  return checked(value, rounded);
}

function digitsOf(scale: number): number {
  return scale === 10_000 ? 4 : scale === 100 ? 2 : Math.round(Math.log10(scale));
}

const scaledZero: ScaledResult = { ok: true, value: 0, rounded: false };

function checked(value: number, rounded: boolean): ScaledResult {
  return Number.isSafeInteger(value) ? { ok: true, value, rounded } : { ok: false, reason: 'too-large' };
}

/** Scaled integer back to a plain number (for display and results): 15_000 at 10_000 → 1.5. */
export function fromScaled(value: number, scale: number): number {
  return value / scale;
}

/** Groups digits by thousands: `'2.340.000'` in Vietnamese style, `'2,340,000'` in English. */
export function groupThousands(value: number, separator: string): string {
  const s = String(Math.trunc(Math.abs(value)));
  const n = s.length;
  let out: string;
  if (n <= 3) out = s;
  else {
    const head = n % 3 || 3;
    out = s.slice(0, head);
    for (let i = head; i < n; i += 3) out += separator + s.slice(i, i + 3);
  }
  return value < 0 ? `-${out}` : out;
}

/** `'351.000 đ'` (vi) and `'351,000 VND'` (en). */
export function vnd(value: number): { vi: string; en: string } {
  return { vi: `${groupThousands(value, '.')} đ`, en: `${groupThousands(value, ',')} VND` };
}

/** A scaled decimal rendered without trailing zeros: 15_000 → `'1,5'` (vi) / `'1.5'` (en). */
export function decimalText(value: number, scale: number): { vi: string; en: string } {
  const whole = Math.floor(value / scale);
  const rest = value - whole * scale;
  const small = whole < 1000;
  const wVi = small ? String(whole) : groupThousands(whole, '.');
  const wEn = small ? wVi : groupThousands(whole, ',');
  if (rest === 0) return { vi: wVi, en: wEn };
  let frac = String(rest).padStart(digitsOf(scale), '0');
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  return { vi: `${wVi},${frac}`, en: `${wEn}.${frac}` };
}
