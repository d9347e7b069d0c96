import { describe, expect, it } from 'vitest';
import { docnumCommand } from '../../src/cli/commands/docnum.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit docnum', () => {
  it('normalises a real-world spelling and says what it did', async () => {
    const io = memoryIO();
    expect(await main(['docnum', 'Số: 1347 /QĐ-UBND'], io, [docnumCommand])).toBe(0);
    expect(io.out).toContain('1347/QĐ-UBND  (từ "Số: 1347 /QĐ-UBND")');
    expect(io.out).toContain('Loại: QĐ (Quyết định)');
    expect(io.out).toContain('warning docnum.prefix-removed');
    expect(io.out).toContain('warning docnum.whitespace-removed');
  });

  it('parses several numbers, in English', async () => {
    const io = memoryIO();
    expect(
      await docnumCommand.run(['32/2023/QĐ-UBND', '80/2015/QH13', '05/BNV-VP', '--lang', 'en'], io),
    ).toBe(0);
    expect(io.out).toContain('Form: legal normative document');
    expect(io.out).toContain('Legislature: 13');
    expect(io.out).toContain('Drafting unit: VP');
  });

  it('prints JSON', async () => {
    const io = memoryIO();
    expect(await docnumCommand.run(['19/2012/TTLT-BTC-BKHĐT-BTTTT', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.ok).toBe(true);
    expect(out.value.issuers).toEqual(['BTC', 'BKHĐT', 'BTTTT']);
    expect(out.value.type.name.en).toBe('Joint circular');
    const two = memoryIO();
    expect(await docnumCommand.run(['5/bnv-vp', 'nope', '--json'], two)).toBe(2);
    const arr = JSON.parse(two.out);
    expect(arr.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
    expect(arr[1].issues[0].code).toBe('docnum.number-missing');
  });

  it('bad input and usage errors exit 2 with bilingual messages', async () => {
    for (const args of [['hello'], [], ['--bad'], ['1/QĐ-UBND', '--lang', 'fr']]) {
      const io = memoryIO();
      expect(await docnumCommand.run(args, io), JSON.stringify(args)).toBe(2);
      expect(io.err.length).toBeGreaterThan(0);
    }
    const io = memoryIO();
    expect(await main(['docnum', '--help'], io, [docnumCommand])).toBe(0);
    expect(io.out).toContain('vn-portal-kit docnum');
  });
});
