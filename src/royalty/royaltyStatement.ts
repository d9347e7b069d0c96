import {
  addCalendarDays,
  type CivilDate,
  type DateInput,
  daysInMonth,
  err,
  formatCivilDate,
  type Issue,
  type LocalizedText,
  ok,
  parseCivilDate,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { overflowIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { quickCivilDate } from './_lib/quickCivilDate.js';
import { resolveRegime } from './_lib/resolveRegime.js';
import { PAYMENT_LIMIT_CITATION, PAYMENT_LIMIT_DAYS } from './_lib/salaryContext.js';
import { ND287_FIRST_DAY, TRANSITION } from './_lib/selectRegime.js';
import type { RoyaltyRegime } from './RoyaltyRegimeSchema.js';
import { ROYALTY_REGIMES } from './royaltyRegimes.js';

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
  /**
   * Commission date: selects the payment rule (ND 18/2014's 60-day limit before 2026-09-01; Decree 287/2026 from
   * it, whose Art. 3.6 has payment as agreed and no day limit). Absent: the publication date.
   */
  readonly commissionedOn?: DateInput;
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
 * Payment status of a statement line against the 60-day limit of ND 18/2014 Art. 6; `'as-agreed'` for work
 * commissioned from 2026-09-01 (Decree 287/2026 Art. 3.6: one-off, per use, periodic or as agreed; no day limit).
 *
 * @example
 * ```ts
 * import type { RoyaltyPaymentStatus } from 'vn-portal-kit/royalty';
 * const s: RoyaltyPaymentStatus = 'late';
 * s //=> 'late'
 * ```
 */
export type RoyaltyPaymentStatus = 'on-time' | 'late' | 'unpaid' | 'overdue' | 'as-agreed';

/**
 * A line of a {@link RoyaltyStatement}.
 *
 * @example
 * ```ts
 * import { royaltyStatement } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-11-02', commissionedOn: '2026-08-15', paidOn: '2027-01-15' }], '2026-11');
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
  /** Genre name (from the statement's regime, else a shipped regime; the id when none names it). */
  readonly genreName: LocalizedText;
  /** Title. */
  readonly title?: string;
  /** Publication date. */
  readonly publishedOn: CivilDate;
  /** Payment date. */
  readonly paidOn?: CivilDate;
  /** Commission date (the publication date when none was given). */
  readonly commissionedOn: CivilDate;
  /** Last day to pay: publication + 60 calendar days (ND 18/2014 only; absent under Decree 287/2026). */
  readonly paymentDueOn?: CivilDate;
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
  /** For a genre: its name. */
  readonly name?: LocalizedText;
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
  /**
   * Totals per author in Vietnamese order: by given name (tên, the last word), then by the full name, compared
   * with Vietnamese collation (a ă â b c d đ e ê …).
   */
  readonly byAuthor: readonly RoyaltyStatementTotal[];
  /** Totals per genre, sorted by Vietnamese name. */
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
  /** The regime (or shipped id) whose genre names the statement shows. Absent: the shipped regimes. */
  readonly regime?: RoyaltyRegime | string;
}

/**
 * Builds a royalty statement for a month (`'2026-11'`), a quarter (`'2026-Q4'`) or `{ from, to }`: keeps the
 * entries published in the period (others are left out with `royalty.statement-entry-outside-period`), totals
 * them per author (in Vietnamese order) and per genre (shown by name), and, for work commissioned before
 * 2026-09-01 (`commissionedOn`, else the publication date), checks the 60-day payment limit of ND 18/2014 Art. 6
 * in calendar days (work commissioned later is paid as agreed, Decree 287/2026 Art. 3.6)
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
 * s.ok && [s.value.total, s.value.byAuthor[0].total, s.value.byGenre[0]] //=> [491_400, 421_200, { key: 'anh', name: { vi: 'Ảnh', en: 'Photo' }, count: 2, total: 140_400 }]
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
  let regime: RoyaltyRegime | undefined;
  if (options.regime !== undefined) regime = resolveRegime(options.regime, issues);
  if (p === undefined || issues.length > 0) return err(issues);
  const genreName = (id: string): LocalizedText => {
    for (const r of regime === undefined ? ROYALTY_REGIMES : [regime, ...ROYALTY_REGIMES]) {
      for (const g of r.genres) if (g.id === id) return g.name;
    }
    return { vi: id, en: id };
  };
  let assumedNew = 0;
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
    const newRules = line.commissionedOn >= ND287_FIRST_DAY;
    if (newRules && e.commissionedOn === undefined) assumedNew++;
    const due = newRules ? undefined : addCalendarDays(line.publishedOn, PAYMENT_LIMIT_DAYS);
    let status: RoyaltyPaymentStatus;
    if (due === undefined) status = 'as-agreed';
    else if (line.paidOn !== undefined) {
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
      genreName: genreName(line.genre),
      paymentStatus: status,
    };
    if (due !== undefined) full.paymentDueOn = due;
    lines.push(full);
    total += line.amount;
    add(authors, line.author, line.amount);
    add(genres, line.genre, line.amount);
  }
  if (assumedNew > 0) {
    issues.push(
      royaltyIssue(
        'royalty.commission-date-assumed',
        `${assumedNew} dòng không có ngày đặt hàng (commissionedOn), đăng từ 01/9/2026: coi ngày đăng là ngày đặt hàng, áp dụng Nghị định 287/2026 (chi trả theo thỏa thuận, không có hạn 60 ngày)`,
        `${assumedNew} line(s) without a commission date (commissionedOn), published from 2026-09-01: the publication date is taken as the commission date, so Decree 287/2026 applies (payment as agreed, no 60-day limit)`,
        [],
        { severity: 'warning', citation: TRANSITION },
      ),
    );
  }
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  if (!Number.isSafeInteger(total)) {
    return err([...issues, overflowIssue('total', [])]);
  }
  return ok(
    {
      period: p,
      lines,
      byAuthor: sortAuthors(totals(authors)),
      byGenre: sortGenres(totals(genres).map((t) => ({ ...t, name: genreName(t.key) }))),
      total,
      warnings: issues,
    },
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
  return [...map.entries()].map(([key, t]) => ({ key, count: t.count, total: t.total }));
}

/** The last word of a name: the given name (tên) of a Vietnamese full name. */
function givenName(name: string): string {
  const i = name.lastIndexOf(' ');
  return i === -1 ? name : name.slice(i + 1);
}

/**
 * Vietnamese order of a list of people: by given name, then by the whole name, with Vietnamese collation
 * (Đ after D, Ă and Â after A…); code-point order last, so the order is total and stable.
 */
function sortAuthors(list: RoyaltyStatementTotal[]): RoyaltyStatementTotal[] {
  const c = new Intl.Collator('vi', { sensitivity: 'variant' });
  return list.sort(
    (a, b) =>
      c.compare(givenName(a.key), givenName(b.key)) ||
      c.compare(a.key, b.key) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function sortGenres(list: RoyaltyStatementTotal[]): RoyaltyStatementTotal[] {
  const c = new Intl.Collator('vi', { sensitivity: 'variant' });
  return list.sort(
    (a, b) =>
      c.compare(a.name?.vi ?? a.key, b.name?.vi ?? b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

type LineCore = Omit<RoyaltyStatementLine, 'paymentDueOn' | 'paymentStatus' | 'genreName'>;

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
  let commissioned: CivilDate | undefined;
  if (e.commissionedOn !== undefined) {
    const c = quickCivilDate(e.commissionedOn) ?? toCivilDate(e.commissionedOn, [index, 'commissionedOn']);
    if (!c.ok) {
      issues.push(...c.issues);
      bad = true;
    } else commissioned = c.value;
  }
  if (bad || !pub.ok) return undefined;
  const line: { -readonly [K in keyof LineCore]: LineCore[K] } = {
    index,
    author,
    genre,
    publishedOn: pub.value,
    commissionedOn: commissioned ?? pub.value,
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
