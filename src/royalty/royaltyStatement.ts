import {
  addCalendarDays,
  type CivilDate,
  type DateInput,
  daysInMonth,
  err,
  formatCivilDate,
  type Issue,
  ok,
  parseCivilDate,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { overflowIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { quickCivilDate } from './_lib/quickCivilDate.js';
import { PAYMENT_LIMIT_CITATION, PAYMENT_LIMIT_DAYS } from './_lib/salaryContext.js';

/**
 * One paid or payable royalty line of a statement (typically the `amount` of a {@link calculateRoyalty} result).
 *
 * @example
 * ```ts
 * import type { RoyaltyStatementEntry } from 'vn-portal-kit/royalty';
 * const e: RoyaltyStatementEntry = { author: 'Nguyễn Văn A', genre: 'tin', amount: 351_000, publishedOn: '2026-11-02' };
 * e.amount //=> 351_000
 * ```
 */
export interface RoyaltyStatementEntry {
  /** Author (or payee) name; grouped after trimming and NFC normalisation. */
  readonly author: string;
  /** Genre id. */
  readonly genre: string;
  /** Amount, a non-negative integer VND. */
  readonly amount: number;
  /** Publication date: decides the period and starts the 60-day payment limit. */
  readonly publishedOn: DateInput;
  /** Payment date, if paid. */
  readonly paidOn?: DateInput;
  /** Title of the work. */
  readonly title?: string;
  /** Caller's id of the line. */
  readonly id?: string;
}

/**
 * The period of a statement: `'YYYY-MM'` (a month), `'YYYY-Qn'` (a quarter), or explicit bounds.
 *
 * @example
 * ```ts
 * import type { RoyaltyStatementPeriod } from 'vn-portal-kit/royalty';
 * const p: RoyaltyStatementPeriod = '2026-Q4';
 * p //=> '2026-Q4'
 * ```
 */
export type RoyaltyStatementPeriod =
  | string
  | { readonly from: CivilDate; readonly to: CivilDate; readonly label?: string };

/**
 * Payment status of a statement line against the 60-day limit of ND 18/2014 Art. 6.
 *
 * @example
 * ```ts
 * import type { RoyaltyPaymentStatus } from 'vn-portal-kit/royalty';
 * const s: RoyaltyPaymentStatus = 'late';
 * s //=> 'late'
 * ```
 */
export type RoyaltyPaymentStatus = 'on-time' | 'late' | 'unpaid' | 'overdue';

/**
 * A line of a {@link RoyaltyStatement}.
 *
 * @example
 * ```ts
 * import { royaltyStatement } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-11-02', paidOn: '2027-01-15' }], '2026-11');
 * s.ok && [s.value.lines[0].paymentDueOn, s.value.lines[0].paymentStatus] //=> ['2027-01-01', 'late']
 * ```
 */
export interface RoyaltyStatementLine {
  /** Index in the input. */
  readonly index: number;
  /** Caller's id. */
  readonly id?: string;
  /** Author, normalised. */
  readonly author: string;
  /** Genre id. */
  readonly genre: string;
  /** Title. */
  readonly title?: string;
  /** Publication date. */
  readonly publishedOn: CivilDate;
  /** Payment date. */
  readonly paidOn?: CivilDate;
  /** Last day to pay: publication + 60 calendar days. */
  readonly paymentDueOn: CivilDate;
  /** Against the limit (`unpaid`: not paid, limit not passed at `asOf`; `overdue`: not paid and passed). */
  readonly paymentStatus: RoyaltyPaymentStatus;
  /** Amount, integer VND. */
  readonly amount: number;
}

/**
 * A total of a {@link RoyaltyStatement} (per author or per genre).
 *
 * @example
 * ```ts
 * import { royaltyStatement } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: 'A', genre: 'tin', amount: 5, publishedOn: '2026-11-02' }], '2026-11');
 * s.ok && s.value.byAuthor[0] //=> { key: 'A', count: 1, total: 5 }
 * ```
 */
export interface RoyaltyStatementTotal {
  /** Author name or genre id. */
  readonly key: string;
  /** Lines. */
  readonly count: number;
  /** Sum, integer VND. */
  readonly total: number;
}

/**
 * A royalty statement for a month or quarter: the lines, totals per author and per genre, the grand total, and
 * the 60-day payment check (the report that goes to the finance office; render it with
 * {@link royaltyStatementToCsv} or {@link royaltyStatementToJson}).
 *
 * @example
 * ```ts
 * import { royaltyStatement } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: 'A', genre: 'tin', amount: 5, publishedOn: '2026-11-02' }], '2026-Q4');
 * s.ok && s.value.period //=> { label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' }
 * ```
 */
export interface RoyaltyStatement {
  /** The period. */
  readonly period: { readonly label: string; readonly from: CivilDate; readonly to: CivilDate };
  /** Lines published in the period, in input order. */
  readonly lines: readonly RoyaltyStatementLine[];
  /** Totals per author, sorted by name (code-point order). */
  readonly byAuthor: readonly RoyaltyStatementTotal[];
  /** Totals per genre, sorted by id. */
  readonly byGenre: readonly RoyaltyStatementTotal[];
  /** Grand total, integer VND. */
  readonly total: number;
  /** Warnings (late, overdue, entries outside the period). */
  readonly warnings: readonly Issue[];
}

/**
 * Options of {@link royaltyStatement}.
 *
 * @example
 * ```ts
 * import type { RoyaltyStatementOptions } from 'vn-portal-kit/royalty';
 * const o: RoyaltyStatementOptions = { asOf: '2027-02-01' };
 * o.asOf //=> '2027-02-01'
 * ```
 */
export interface RoyaltyStatementOptions {
  /** The day the statement is drawn up: unpaid lines past their limit become `overdue`. Absent: not checked. */
  readonly asOf?: DateInput;
}

/**
 * Builds a royalty statement for a month (`'2026-11'`), a quarter (`'2026-Q4'`) or `{ from, to }`: keeps the
 * entries published in the period (others are left out with `royalty.statement-entry-outside-period`), totals
 * them per author and per genre, and checks the 60-day payment limit of ND 18/2014 Art. 6 in calendar days
 * (`royalty.payment-late` for lines paid later, `royalty.payment-overdue` for unpaid lines past the limit at
 * `asOf`). Invalid entries (negative or fractional amounts, bad dates, empty authors) fail the statement.
 *
 * @see ND-18-2014/6
 * @example
 * ```ts
 * import { royaltyStatement } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement(
 *   [
 *     { author: 'Nguyễn Văn A', genre: 'tin', amount: 351_000, publishedOn: '2026-11-02' },
 *     { author: 'Trần Thị B', genre: 'anh', amount: 70_200, publishedOn: '2026-11-20' },
 *     { author: 'Nguyễn Văn A', genre: 'anh', amount: 70_200, publishedOn: '2026-11-21' },
 *   ],
 *   '2026-11',
 * );
 * s.ok && [s.value.total, s.value.byAuthor[0].total, s.value.byGenre[0]] //=> [491_400, 421_200, { key: 'anh', count: 2, total: 140_400 }]
 * ```
 */
export function royaltyStatement(
  entries: readonly RoyaltyStatementEntry[],
  period: RoyaltyStatementPeriod,
  options: RoyaltyStatementOptions = {},
): Result<RoyaltyStatement> {
  if (!Array.isArray(entries)) throw new TypeError('royaltyStatement expects an array of entries');
  const issues: Issue[] = [];
  const p = parsePeriod(period, issues);
  let asOf: CivilDate | undefined;
  if (options.asOf !== undefined) {
    const a = toCivilDate(options.asOf, ['asOf']);
    if (!a.ok) issues.push(...a.issues);
    else asOf = a.value;
  }
  if (p === undefined || issues.length > 0) return err(issues);
  const lines: RoyaltyStatementLine[] = [];
  const authors = new Map<string, { count: number; total: number }>();
  const genres = new Map<string, { count: number; total: number }>();
  let total = 0;
  for (let index = 0; index < entries.length; index++) {
    const e = entries[index] as RoyaltyStatementEntry;
    const line = checkEntry(e, index, issues);
    if (line === undefined) continue;
    if (line.publishedOn < p.from || line.publishedOn > p.to) {
      issues.push(
        royaltyIssue(
          'royalty.statement-entry-outside-period',
          `Dòng ${index + 1} đăng ngày ${line.publishedOn}, ngoài kỳ ${p.label}: không tính`,
          `Line ${index + 1} was published on ${line.publishedOn}, outside ${p.label}: left out`,
          [index, 'publishedOn'],
          { severity: 'warning' },
        ),
      );
      continue;
    }
    const due = addCalendarDays(line.publishedOn, PAYMENT_LIMIT_DAYS);
    let status: RoyaltyPaymentStatus;
    if (line.paidOn !== undefined) {
      status = line.paidOn > due ? 'late' : 'on-time';
      if (status === 'late') {
        issues.push(
          royaltyIssue(
            'royalty.payment-late',
            `Dòng ${index + 1}: chi trả ngày ${line.paidOn}, quá hạn 60 ngày (hạn ${due})`,
            `Line ${index + 1}: paid on ${line.paidOn}, after the 60-day limit (${due})`,
            [index, 'paidOn'],
            { severity: 'warning', citation: PAYMENT_LIMIT_CITATION, details: { due } },
          ),
        );
      }
    } else {
      status = asOf !== undefined && asOf > due ? 'overdue' : 'unpaid';
      if (status === 'overdue') {
        issues.push(
          royaltyIssue(
            'royalty.payment-overdue',
            `Dòng ${index + 1}: chưa chi trả, đã quá hạn 60 ngày (hạn ${due})`,
            `Line ${index + 1}: unpaid past the 60-day limit (${due})`,
            [index, 'paidOn'],
            { severity: 'warning', citation: PAYMENT_LIMIT_CITATION, details: { due } },
          ),
        );
      }
    }
    const full: { -readonly [K in keyof RoyaltyStatementLine]: RoyaltyStatementLine[K] } = {
      ...line,
      paymentDueOn: due,
      paymentStatus: status,
    };
    lines.push(full);
    total += line.amount;
    add(authors, line.author, line.amount);
    add(genres, line.genre, line.amount);
  }
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  if (!Number.isSafeInteger(total)) {
    return err([...issues, overflowIssue('total', [])]);
  }
  return ok(
    { period: p, lines, byAuthor: totals(authors), byGenre: totals(genres), total, warnings: issues },
    issues,
  );
}

function add(map: Map<string, { count: number; total: number }>, key: string, amount: number): void {
  const t = map.get(key);
  if (t === undefined) map.set(key, { count: 1, total: amount });
  else {
    t.count++;
    t.total += amount;
  }
}

function totals(map: Map<string, { count: number; total: number }>): RoyaltyStatementTotal[] {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, t]) => ({ key, count: t.count, total: t.total }));
}

type LineCore = Omit<RoyaltyStatementLine, 'paymentDueOn' | 'paymentStatus'>;

function checkEntry(e: RoyaltyStatementEntry, index: number, issues: Issue[]): LineCore | undefined {
  if (typeof e !== 'object' || e === null) {
    issues.push(
      royaltyIssue(
        'royalty.statement-entry-invalid',
        `Dòng ${index + 1} không hợp lệ`,
        `Line ${index + 1} is invalid`,
        [index],
      ),
    );
    return undefined;
  }
  let bad = false;
  const author = typeof e.author === 'string' ? e.author.slice(0, 500).normalize('NFC').trim() : '';
  if (author === '') {
    issues.push(
      royaltyIssue(
        'royalty.statement-entry-invalid',
        `Dòng ${index + 1}: thiếu tên tác giả`,
        `Line ${index + 1}: missing author`,
        [index, 'author'],
      ),
    );
    bad = true;
  }
  const genre = typeof e.genre === 'string' ? e.genre.slice(0, 200).trim() : '';
  if (genre === '') {
    issues.push(
      royaltyIssue(
        'royalty.statement-entry-invalid',
        `Dòng ${index + 1}: thiếu thể loại`,
        `Line ${index + 1}: missing genre`,
        [index, 'genre'],
      ),
    );
    bad = true;
  }
  if (typeof e.amount !== 'number' || !Number.isSafeInteger(e.amount) || e.amount < 0) {
    issues.push(
      royaltyIssue(
        'royalty.amount-invalid',
        `Dòng ${index + 1}: số tiền phải là số nguyên đồng không âm: ${previewValue(e.amount)}`,
        `Line ${index + 1}: the amount must be a non-negative whole number of VND: ${previewValue(e.amount)}`,
        [index, 'amount'],
      ),
    );
    bad = true;
  }
  const pub = quickCivilDate(e.publishedOn) ?? toCivilDate(e.publishedOn, [index, 'publishedOn']);
  if (!pub.ok) {
    issues.push(...pub.issues);
    bad = true;
  }
  let paid: CivilDate | undefined;
  if (e.paidOn !== undefined) {
    const p = quickCivilDate(e.paidOn) ?? toCivilDate(e.paidOn, [index, 'paidOn']);
    if (!p.ok) {
      issues.push(...p.issues);
      bad = true;
    } else paid = p.value;
  }
  if (bad || !pub.ok) return undefined;
  const line: { -readonly [K in keyof LineCore]: LineCore[K] } = {
    index,
    author,
    genre,
    publishedOn: pub.value,
    amount: e.amount,
  };
  if (typeof e.id === 'string') line.id = e.id.slice(0, 200);
  if (typeof e.title === 'string') line.title = e.title.slice(0, 1000);
  if (paid !== undefined) line.paidOn = paid;
  return line;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-[Qq]([1-4])$/;

function parsePeriod(
  period: RoyaltyStatementPeriod,
  issues: Issue[],
): { label: string; from: CivilDate; to: CivilDate } | undefined {
  const invalid = () =>
    issues.push(
      royaltyIssue(
        'royalty.period-invalid',
        `Kỳ báo cáo không hợp lệ: ${previewValue(period)} (cần 'YYYY-MM', 'YYYY-Qn' hoặc { from, to })`,
        `Invalid period: ${previewValue(period)} (expected 'YYYY-MM', 'YYYY-Qn' or { from, to })`,
        ['period'],
      ),
    );
  if (typeof period === 'string') {
    const m = MONTH_RE.exec(period);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (y < 1 || mo < 1 || mo > 12) {
        invalid();
        return undefined;
      }
      return {
        label: period,
        from: formatCivilDate(y, mo, 1),
        to: formatCivilDate(y, mo, daysInMonth(y, mo)),
      };
    }
    const q = QUARTER_RE.exec(period);
    if (q) {
      const y = Number(q[1]);
      const n = Number(q[2]);
      if (y < 1) {
        invalid();
        return undefined;
      }
      const last = n * 3;
      return {
        label: `${q[1]}-Q${n}`,
        from: formatCivilDate(y, last - 2, 1),
        to: formatCivilDate(y, last, daysInMonth(y, last)),
      };
    }
    invalid();
    return undefined;
  }
  if (typeof period === 'object' && period !== null) {
    const f = parseCivilDate(period.from, ['period', 'from']);
    const t = parseCivilDate(period.to, ['period', 'to']);
    if (!f.ok || !t.ok) {
      if (!f.ok) issues.push(...f.issues);
      if (!t.ok) issues.push(...t.issues);
      return undefined;
    }
    if (t.value < f.value) {
      invalid();
      return undefined;
    }
    const label =
      typeof period.label === 'string' && period.label !== ''
        ? period.label.slice(0, 100)
        : `${f.value}..${t.value}`;
    return { label, from: f.value, to: t.value };
  }
  invalid();
  return undefined;
}
