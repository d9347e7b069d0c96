import { describe, expect, it } from 'vitest';
import { deadlineCommand } from '../../src/cli/commands/deadline.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit deadline', () => {
  it('prints the due date and the trace', async () => {
    const io = memoryIO();
    expect(await main(['deadline', '2026-04-24', '--working-days', '7'], io, [deadlineCommand])).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('Hạn: 2026-05-08 (đến 2026-05-09T00:00:00+07:00)');
    expect(io.out).toContain('Bỏ qua Thứ Hai 27/04/2026: Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(io.out).toContain('[BLDS-2015/148.1]');
  });

  it('calendar days, working hours, clock anchor, JSON', async () => {
    const cal = memoryIO();
    expect(await deadlineCommand.run(['2026-04-12', '--calendar-days', '15', '--lang', 'en'], cal)).toBe(0);
    expect(cal.out.split('\n')[0]).toBe('Due: 2026-04-28 (until 2026-04-29T00:00:00+07:00)');
    const hours = memoryIO();
    expect(await deadlineCommand.run(['2026-11-27T14:00', '--working-hours', '8'], hours)).toBe(0);
    expect(hours.out.split('\n')[0]).toBe('Hạn: 2026-11-30 (đến 2026-11-30T14:00:00+07:00)');
    const anchor = memoryIO();
    expect(
      await deadlineCommand.run(
        ['2026-11-25T10:00', '--working-days', '5', '--clock-starts-at', '08:00'],
        anchor,
      ),
    ).toBe(0);
    expect(anchor.out.split('\n')[0]).toContain('2026-12-02');
    const json = memoryIO();
    expect(await deadlineCommand.run(['2026-08-17', '--working-days', '5', '--json'], json)).toBe(0);
    const d = JSON.parse(json.out) as { dueDate: string; dueAt: string; trace: unknown[] };
    expect(d.dueDate).toBe('2026-08-22');
    expect(d.dueAt).toBe('2026-08-23T00:00:00+07:00');
    expect(d.trace.length).toBeGreaterThan(3);
  });

  it('bad input exits 2', async () => {
    const cases = [
      ['2026-02-30', '--working-days', '3'],
      ['2026-04-24'],
      ['2026-04-24', '--working-days', '3', '--calendar-days', '2'],
      ['2026-04-24', '--working-days', 'three'],
      ['2026-04-24', '--working-days', '99999999999'],
      ['2026-04-24', '--calendar-days', '-3'],
      ['2026-04-24', '--clock-starts-at', '08:00'],
      ['2026-04-24', '--wat'],
    ];
    for (const args of cases) {
      const io = memoryIO();
      expect(await deadlineCommand.run(args, io), args.join(' ')).toBe(2);
      expect(io.err.length + io.out.length).toBeGreaterThan(0);
    }
  });
});
