import { describe, expect, it } from 'vitest';
import { royaltyCommand } from '../../src/cli/commands/royalty.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit royalty', () => {
  it('computes the issue example with its breakdown', async () => {
    const io = memoryIO();
    const code = await main(
      [
        'royalty',
        '--genre',
        'tin',
        '--coefficient',
        '1.5',
        '--commissioned',
        '2026-08-20',
        '--date',
        '2026-11-25',
      ],
      io,
      [royaltyCommand],
    );
    expect(code).toBe(0);
    expect(io.out.split('\n')[0]).toBe('Nhuận bút: 379.500 đ');
    expect(io.out).toContain('Lương cơ sở tại ngày đăng 2026-11-25: 2.530.000 đ (ND-161-2026)');
    expect(io.out).toContain('Nhuận bút = hệ số 1,5 × 253.000 đ = 379.500 đ');
    expect(io.out).toContain('Căn cứ: ND-18-2014/7');
    expect(io.out).toContain('Nghị định 287/2026 Điều 19.1');
  });
  it('from 2026-09-01: the contract amount and incentives, as tiền bản quyền; no silent ND 18/2014 coefficient', async () => {
    const io = memoryIO();
    const code = await royaltyCommand.run(
      [
        '--genre',
        'phong-su',
        '--contract-amount',
        '2000000',
        '--incentive',
        'investigative-reportage=300000',
        '--incentive',
        'state-profit=5000000@10',
        '--commissioned',
        '2026-10-01',
        '--date',
        '2026-11-20',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.out.split('\n')[0]).toBe('Tiền bản quyền: 2.800.000 đ');
    const io2 = memoryIO();
    expect(
      await royaltyCommand.run(['--genre', 'tin', '--coefficient', '1.5', '--date', '2026-12-07'], io2),
    ).toBe(2);
    expect(io2.err).toContain('royalty.coefficient-not-applicable');
  });
  it('uses a regime and a site, in English', async () => {
    const io = memoryIO();
    const code = await royaltyCommand.run(
      [
        '--regime',
        'ninh-thuan-23-2020',
        '--genre',
        'tin-co-anh',
        '--site',
        'department',
        '--date',
        '2026-06-30',
        '--lang',
        'en',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.out.split('\n')[0]).toBe('Royalty: 70,200 VND');
    expect(io.out).toContain('Department website: 20% × 351,000 VND = 70,200 VND');
  });
  it('prints JSON with --json, with modifiers and grades', async () => {
    const io = memoryIO();
    const code = await royaltyCommand.run(
      [
        '--genre',
        'tin',
        '--coefficient',
        '2',
        '--date',
        '2026-07-01',
        '--modifier',
        'translation=50',
        '--modifier',
        'children-ethnic=20',
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const v = JSON.parse(io.out);
    expect([v.ok, v.baseAmount, v.amount]).toEqual([true, 506_000, 303_600]);
    const io2 = memoryIO();
    expect(
      await royaltyCommand.run(
        [
          '--regime',
          'bo-tu-phap-1991-2013',
          '--genre',
          'tin',
          '--grade',
          'B',
          '--length',
          '3',
          '--date',
          '2025-01-01',
          '--json',
        ],
        io2,
      ),
    ).toBe(0);
    expect(JSON.parse(io2.out).amount).toBe(351_000);
  });
  it('reports bad input on stderr with exit 2, bilingually', async () => {
    const io = memoryIO();
    expect(
      await royaltyCommand.run(
        ['--genre', 'tin', '--coefficient=-1', '--commissioned', '2026-08-01', '--date', '2026-11-25'],
        io,
      ),
    ).toBe(2);
    expect(io.err).toContain('royalty.coefficient-invalid');
    const io2 = memoryIO();
    expect(await royaltyCommand.run(['--genre', 'tin', '--bogus'], io2)).toBe(2);
    expect(io2.err).toContain('tham số không hợp lệ');
    expect(io2.err).toContain('invalid arguments');
    const io3 = memoryIO();
    expect(await royaltyCommand.run(['--coefficient', '1'], io3)).toBe(2);
    expect(io3.err).toContain('missing --genre');
    const io4 = memoryIO();
    expect(
      await royaltyCommand.run(
        ['--genre', 'tho', '--coefficient', '1', '--date', '2026-11-25', '--json'],
        io4,
      ),
    ).toBe(2);
    expect(JSON.parse(io4.out).issues.map((i: { code: string }) => i.code)).toEqual([
      'royalty.commission-date-assumed',
      'royalty.genre-unknown',
    ]);
    const io5 = memoryIO();
    expect(
      await royaltyCommand.run(['--genre', 'tin', '--coefficient', '1', '--date', '2012-01-01'], io5),
    ).toBe(2);
    expect(io5.err).toContain('royalty.salary-date-uncovered');
  });
  it('prints warnings (capped coefficient) but succeeds', async () => {
    const io = memoryIO();
    expect(
      await royaltyCommand.run(
        ['--genre', 'anh', '--coefficient', '12', '--commissioned', '2026-08-25', '--date', '2026-11-25'],
        io,
      ),
    ).toBe(0);
    expect(io.out.split('\n')[0]).toBe('Nhuận bút: 2.530.000 đ');
    expect(io.out).toContain('warning royalty.coefficient-capped');
  });
  it('lists regimes and one regime table', async () => {
    const io = memoryIO();
    expect(await royaltyCommand.run(['--list'], io)).toBe(0);
    expect(io.out).toContain('ninh-thuan-23-2020');
    const io2 = memoryIO();
    expect(await royaltyCommand.run(['--list', '--regime', 'ninh-thuan-23-2020'], io2)).toBe(0);
    expect(io2.out).toContain('department');
    expect(io2.out).toContain('tin-co-anh');
    const io3 = memoryIO();
    expect(await main(['royalty', '--help'], io3, [royaltyCommand])).toBe(0);
    expect(io3.out).toContain('--coefficient');
  });
});
