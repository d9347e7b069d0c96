import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateRoyalty,
  type RoyaltyStatementEntry,
  royaltyStatement,
  royaltyStatementToCsv,
  royaltyStatementToJson,
} from '../../src/royalty/index.js';

function line(author: string, genre: string, publishedOn: string, paidOn?: string): RoyaltyStatementEntry {
  // Commissioned before 2026-09-01: the Ninh Thuận table (made under ND 18/2014) and its 60-day limit apply.
  const commissionedOn = '2026-06-15';
  const r = calculateRoyalty({ regime: 'ninh-thuan-23-2020', genre, publishedOn, commissionedOn });
  if (!r.ok) throw new Error('bad fixture');
  return {
    author,
    genre,
    amount: r.value.amount,
    publishedOn,
    commissionedOn,
    ...(paidOn ? { paidOn } : {}),
  };
}

describe('royaltyStatement', () => {
  const entries = [
    line('Nguyễn Văn A', 'tin-co-anh', '2026-06-30', '2026-08-29'),
    line('Trần Thị B', 'tin-khong-anh', '2026-07-01', '2026-08-31'),
    line('Nguye\u0302\u0303n Văn A ', 'tin-co-anh', '2026-07-15'),
    line('Lê C', 'dang-lai', '2026-09-30'),
    line('Lê C', 'dang-lai', '2026-10-01'),
  ];
  it('totals per author and per genre for a quarter, with the salary step inside it', () => {
    const s = royaltyStatement(entries, '2026-Q3', { asOf: '2026-10-01' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.period).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    // 2026-06-30 and 2026-10-01 are outside Q3
    expect(s.value.lines.map((l) => [l.author, l.amount])).toEqual([
      ['Trần Thị B', 253_000],
      ['Nguyễn Văn A', 379_500],
      ['Lê C', 126_500],
    ]);
    // Vietnamese order: by given name (the last word), so A, B, C, whatever the family name.
    expect(s.value.byAuthor).toEqual([
      { key: 'Nguyễn Văn A', count: 1, total: 379_500 },
      { key: 'Trần Thị B', count: 1, total: 253_000 },
      { key: 'Lê C', count: 1, total: 126_500 },
    ]);
    // Genres are shown by name (from the shipped regimes), sorted in Vietnamese order.
    expect(s.value.byGenre.map((g) => [g.key, g.name?.vi])).toEqual([
      ['tin-co-anh', 'Tin có ảnh'],
      ['tin-khong-anh', 'Tin không có ảnh'],
      ['dang-lai', 'Tin, bài đăng lại từ báo khác'],
    ]);
    expect(s.value.total).toBe(759_000);
    expect(s.value.warnings.map((w) => [w.code, w.path[0]])).toEqual([
      ['royalty.statement-entry-outside-period', 0],
      ['royalty.payment-late', 1],
      ['royalty.payment-overdue', 2], // published 2026-07-15, due 2026-09-13, unpaid on 2026-10-01
      ['royalty.statement-entry-outside-period', 4],
    ]);
  });
  it('checks the 60-day limit in calendar days (ND 18/2014 Art. 6)', () => {
    const s = royaltyStatement(
      [
        { author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-07-01', paidOn: '2026-08-30' },
        { author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-07-01', paidOn: '2026-08-31' },
        { author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-07-01' },
        { author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-07-31' },
      ],
      '2026-07',
      { asOf: '2026-09-01' },
    );
    expect(s.ok && s.value.lines.map((l) => [l.paymentDueOn, l.paymentStatus])).toEqual([
      ['2026-08-30', 'on-time'],
      ['2026-08-30', 'late'],
      ['2026-08-30', 'overdue'],
      ['2026-09-29', 'unpaid'],
    ]);
    expect(s.ok && s.value.warnings.map((w) => w.citation?.id)).toEqual(['ND-18-2014/6', 'ND-18-2014/6']);
  });
  it('accepts months, quarters and explicit periods, and rejects others', () => {
    const feb = royaltyStatement([], '2028-02');
    expect(feb.ok && feb.value.period.to).toBe('2028-02-29');
    const q1 = royaltyStatement([], '2026-q1');
    expect(q1.ok && q1.value.period).toEqual({ label: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    const custom = royaltyStatement([], { from: '2026-01-01', to: '2026-06-30', label: 'H1' });
    expect(custom.ok && custom.value.period.label).toBe('H1');
    for (const p of ['2026-13', '2026-Q5', '2026', '', 'x'.repeat(1e6)]) {
      expect(royaltyStatement([], p).issues[0]!.code).toBe('royalty.period-invalid');
    }
    expect(royaltyStatement([], { from: '2026-02-01', to: '2026-01-01' }).issues[0]!.code).toBe(
      'royalty.period-invalid',
    );
  });
  it('fails on invalid entries with coded issues', () => {
    const s = royaltyStatement(
      [
        { author: ' ', genre: 'tin', amount: 1, publishedOn: '2026-07-01' },
        { author: 'A', genre: 'tin', amount: 1.5, publishedOn: '2026-07-01' },
        { author: 'A', genre: 'tin', amount: Number.NaN, publishedOn: '2026-07-01' },
        { author: 'A', genre: 'tin', amount: 1, publishedOn: '2026-07-32' },
      ],
      '2026-07',
    );
    expect(s.issues.map((i) => [i.code, i.path])).toEqual([
      ['royalty.statement-entry-invalid', [0, 'author']],
      ['royalty.amount-invalid', [1, 'amount']],
      ['royalty.amount-invalid', [2, 'amount']],
      ['date.invalid', [3, 'publishedOn']],
    ]);
  });
  it('property: totals sum their lines, per author and per genre', () => {
    const entry = fc.record({
      author: fc.constantFrom('A', 'B', 'Nguyễn Văn A', 'Lê C'),
      genre: fc.constantFrom('tin', 'anh', 'media'),
      amount: fc.integer({ min: 0, max: 50_000_000 }),
      publishedOn: fc.integer({ min: 1, max: 31 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (es) => {
        const s = royaltyStatement(es, '2026-10');
        expect(s.ok).toBe(true);
        if (!s.ok) return;
        const sum = es.reduce((t, e) => t + e.amount, 0);
        expect(s.value.total).toBe(sum);
        expect(s.value.lines.reduce((t, l) => t + l.amount, 0)).toBe(sum);
        expect(s.value.byAuthor.reduce((t, a) => t + a.total, 0)).toBe(sum);
        expect(s.value.byGenre.reduce((t, g) => t + g.total, 0)).toBe(sum);
        expect(s.value.byAuthor.reduce((t, a) => t + a.count, 0)).toBe(es.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('royaltyStatementToCsv / royaltyStatementToJson', () => {
  const s = royaltyStatement(
    [
      {
        author: 'Nguyễn Văn A',
        genre: 'tin',
        amount: 351_000,
        publishedOn: '2026-06-02',
        title: 'Họp, "kỳ" 1',
        id: 'T-1',
      },
      { author: '@cmd', genre: 'anh', amount: 70_200, publishedOn: '2026-06-20', paidOn: '2026-07-01' },
    ],
    '2026-06',
  );
  if (!s.ok) throw new Error('fixture');
  it('renders RFC 4180 CSV with totals, quoting and formula protection', () => {
    const csv = royaltyStatementToCsv(s.value);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('Bảng kê nhuận bút,2026-06,2026-06-01,2026-06-30');
    expect(rows[2]).toBe(
      'STT,Mã,Tác giả,Thể loại,Tên tác phẩm,Ngày đăng,Ngày chi trả,Hạn chi trả,Tình trạng,Số tiền (đồng)',
    );
    expect(rows[3]).toBe('1,T-1,Nguyễn Văn A,Tin,"Họp, ""kỳ"" 1",2026-06-02,,2026-08-01,chưa chi,351000');
    expect(rows[4]).toBe("2,,'@cmd,Ảnh,,2026-06-20,2026-07-01,2026-08-19,đúng hạn,70200");
    expect(rows).toContain(',,,,,,,,Tổng cộng,421200');
    expect(rows.at(-2)).toBe('Tổng cộng,2,421200');
    expect(csv.endsWith('\r\n')).toBe(true);
    const en = royaltyStatementToCsv(s.value, { language: 'en', part: 'genres', bom: true });
    expect(en).toBe('\uFEFFGenre,Works,Total (VND)\r\nPhoto,1,70200\r\nNews item,1,351000\r\n');
  });
  it('renders JSON for a finance system', () => {
    const json = JSON.parse(royaltyStatementToJson(s.value));
    expect(json.format).toBe('vn-portal-kit/royalty-statement@1');
    expect(json.total).toBe(421_200);
    expect(json.lines[0]).toMatchObject({ id: 'T-1', paymentStatus: 'unpaid', paymentDueOn: '2026-08-01' });
    expect(json.byAuthor.map((a: { key: string }) => a.key)).toEqual(['@cmd', 'Nguyễn Văn A']);
  });
});
