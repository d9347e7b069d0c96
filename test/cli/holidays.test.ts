import { describe, expect, it } from 'vitest';
import { holidaysCommand } from '../../src/cli/commands/holidays.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit holidays', () => {
  it('lists 2026 with kinds, the swaps and the worked Saturdays', async () => {
    const io = memoryIO();
    expect(await main(['holidays', '2026'], io, [holidaysCommand])).toBe(0);
    expect(io.out).toContain('Ngày nghỉ của cơ quan nhà nước năm 2026');
    expect(io.out).toMatch(/2026-04-27 {2}nghỉ bù +Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(io.out).toMatch(/2026-08-31 {2}hoán đổi/);
    expect(io.out).toContain('2026-08-22  Thứ Bảy làm việc bù');
    expect(io.out).not.toContain('[dự kiến]');
  });

  it('marks provisional years, in English, and emits JSON', async () => {
    const io = memoryIO();
    expect(await holidaysCommand.run(['2030', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('[provisional]');
    const json = memoryIO();
    expect(await holidaysCommand.run(['2023', '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.out) as { holidays: { date: string; kind: string }[] };
    expect(parsed.holidays.filter((h) => h.kind === 'compensatory').map((h) => h.date)).toContain(
      '2023-05-03',
    );
  });

  it('lists 2012 (Bộ luật Lao động 1994 Art. 73, provisional) and rejects 2006', async () => {
    const io = memoryIO();
    expect(await main(['holidays', '2012'], io, [holidaysCommand])).toBe(0);
    expect(io.out).toContain('2012-01-23');
    expect(io.out).toContain('BLLD-1994/73.1');
    expect(io.out).toMatch(/2012-04-02 {2}nghỉ bù/);
    expect(io.out).toContain('[dự kiến]');
    const bad = memoryIO();
    expect(await holidaysCommand.run(['2006'], bad)).toBe(2);
    expect(bad.err).toContain('2007');
  });

  it('switches on the pending 24/11 day', async () => {
    const io = memoryIO();
    expect(await holidaysCommand.run(['2027', '--culture-day'], io)).toBe(0);
    expect(io.out).toContain('2027-11-24');
  });

  it('bad input exits 2 with a bilingual message', async () => {
    for (const args of [['abc'], ['2300'], ['2026', '--nope'], ['2026', '2027'], ['2026', '--lang', 'fr']]) {
      const io = memoryIO();
      expect(await holidaysCommand.run(args, io)).toBe(2);
      expect(io.err.length).toBeGreaterThan(0);
    }
  });
});
