import { describe, expect, it } from 'vitest';
import { lunarCommand } from '../../src/cli/commands/lunar.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit lunar', () => {
  it('converts 2026-11-25 to the lunar calendar', async () => {
    const io = memoryIO();
    expect(await main(['lunar', '2026-11-25'], io, [lunarCommand])).toBe(0);
    expect(io.out).toBe('Thứ Tư 25/11/2026 = ngày 17 tháng 10 năm Bính Ngọ (âm lịch)\n');
  });

  it('converts back, leap months, English and JSON', async () => {
    const io = memoryIO();
    expect(await lunarCommand.run(['--to-solar', '2025-6-1', '--leap', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('Friday 2025-07-25');
    const json = memoryIO();
    expect(await lunarCommand.run(['1985-01-21', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out).lunar).toEqual({ year: 1985, month: 1, day: 1, leap: false });
  });

  it('bad input exits 2', async () => {
    for (const args of [
      ['2026-02-30'],
      ['--to-solar', '2026-5-1', '--leap'],
      ['--to-solar', 'x'],
      ['1800-01-01'],
      ['--bad'],
    ]) {
      const io = memoryIO();
      expect(await lunarCommand.run(args, io)).toBe(2);
      expect(io.err.length).toBeGreaterThan(0);
    }
  });
});
