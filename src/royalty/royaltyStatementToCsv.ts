import type { Language } from '../core/index.js';
import type { RoyaltyStatement } from './royaltyStatement.js';

/**
 * Options of {@link royaltyStatementToCsv}.
 *
 * @example
 * ```ts
 * import type { RoyaltyCsvOptions } from 'vn-portal-kit/royalty';
 * const o: RoyaltyCsvOptions = { language: 'en', bom: true };
 * o.language //=> 'en'
 * ```
 */
export interface RoyaltyCsvOptions {
  /** Headings in Vietnamese (default) or English. */
  readonly language?: Language;
  /** Start with a UTF-8 byte-order mark so spreadsheet programs read Vietnamese correctly (default false). */
  readonly bom?: boolean;
  /** `'all'` (default: lines, then totals per author, per genre, and the grand total) or one part. */
  readonly part?: 'all' | 'lines' | 'authors' | 'genres';
}

const HEAD = {
  vi: {
    title: 'Bảng kê nhuận bút',
    lines: [
      'STT',
      'Mã',
      'Tác giả',
      'Thể loại',
      'Tên tác phẩm',
      'Ngày đăng',
      'Ngày chi trả',
      'Hạn chi trả',
      'Tình trạng',
      'Số tiền (đồng)',
    ],
    authors: ['Tác giả', 'Số tác phẩm', 'Tổng (đồng)'],
    genres: ['Thể loại', 'Số tác phẩm', 'Tổng (đồng)'],
    total: 'Tổng cộng',
    byAuthor: 'Tổng theo tác giả',
    byGenre: 'Tổng theo thể loại',
    status: {
      'on-time': 'đúng hạn',
      late: 'quá hạn',
      unpaid: 'chưa chi',
      overdue: 'chưa chi, quá hạn',
      'as-agreed': 'theo thỏa thuận',
    },
  },
  en: {
    title: 'Royalty statement',
    lines: ['No.', 'Id', 'Author', 'Genre', 'Title', 'Published', 'Paid', 'Due', 'Status', 'Amount (VND)'],
    authors: ['Author', 'Works', 'Total (VND)'],
    genres: ['Genre', 'Works', 'Total (VND)'],
    total: 'Total',
    byAuthor: 'Totals per author',
    byGenre: 'Totals per genre',
    status: {
      'on-time': 'on time',
      late: 'late',
      unpaid: 'unpaid',
      overdue: 'unpaid, overdue',
      'as-agreed': 'as agreed',
    },
  },
} as const;

/**
 * Renders a {@link RoyaltyStatement} as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled) for the
 * finance office: the lines, then totals per author and per genre, then the grand total. Amounts are whole đồng
 * without separators. Text cells that begin with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so a
 * spreadsheet does not run them as formulas.
 *
 * @example
 * ```ts
 * import { royaltyStatement, royaltyStatementToCsv } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: '=A', genre: 'tin', amount: 351_000, publishedOn: '2026-11-02' }], '2026-11');
 * const csv = s.ok ? royaltyStatementToCsv(s.value, { part: 'authors' }) : '';
 * csv.split('\r\n')[1] //=> "'=A,1,351000"
 * ```
 */
export function royaltyStatementToCsv(statement: RoyaltyStatement, options: RoyaltyCsvOptions = {}): string {
  const h = HEAD[options.language === 'en' ? 'en' : 'vi'];
  const part = options.part ?? 'all';
  const rows: string[][] = [];
  if (part === 'all')
    rows.push([h.title, statement.period.label, statement.period.from, statement.period.to], []);
  if (part === 'all' || part === 'lines') {
    rows.push([...h.lines]);
    statement.lines.forEach((l, i) => {
      rows.push([
        String(i + 1),
        l.id ?? '',
        l.author,
        options.language === 'en' ? l.genreName.en : l.genreName.vi,
        l.title ?? '',
        l.publishedOn,
        l.paidOn ?? '',
        l.paymentDueOn ?? '',
        h.status[l.paymentStatus],
        String(l.amount),
      ]);
    });
    if (part === 'all') rows.push(['', '', '', '', '', '', '', '', h.total, String(statement.total)], []);
  }
  if (part === 'all' || part === 'authors') {
    if (part === 'all') rows.push([h.byAuthor]);
    rows.push([...h.authors]);
    for (const t of statement.byAuthor) rows.push([t.key, String(t.count), String(t.total)]);
    if (part === 'all') rows.push([]);
  }
  if (part === 'all' || part === 'genres') {
    if (part === 'all') rows.push([h.byGenre]);
    rows.push([...h.genres]);
    for (const t of statement.byGenre) {
      const name = t.name === undefined ? t.key : options.language === 'en' ? t.name.en : t.name.vi;
      rows.push([name, String(t.count), String(t.total)]);
    }
  }
  if (part === 'all') rows.push([], [h.total, String(statement.lines.length), String(statement.total)]);
  const text = `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return options.bom ? `\uFEFF${text}` : text;
}

function cell(value: string): string {
  let v = value;
  const c = v.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) v = `'${v}`;
  if (/[",\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}
