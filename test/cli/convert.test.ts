import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { convertCommand } from '../../src/cli/commands/convert.js';
import { DEMO_SAMPLE_PATH, demoCommand } from '../../src/cli/commands/demo.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('vn-portal-kit convert', () => {
  it('converts a TCVN3 file to Unicode NFC', async () => {
    const io = memoryIO({ 'old.txt': 'Cæng th«ng tin ®iÖn tö tØnh VÜnh Phóc' });
    expect(await main(['convert', 'old.txt'], io)).toBe(0);
    expect(io.out).toBe('Cổng thông tin điện tử tỉnh Vĩnh Phúc');
  });
  it('reads standard input by default and honours --from', async () => {
    const io = memoryIO({ '-': 'Ha` No^.i' });
    expect(await main(['convert', '--from', 'viqr'], io)).toBe(0);
    expect(io.out).toBe('Hà Nội');
  });
  it('prints JSON with the detected encoding and segments', async () => {
    const io = memoryIO({ a: 'Teát Nguyeân Ñaùn' });
    expect(await main(['convert', 'a', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json).toMatchObject({ text: 'Tết Nguyên Đán', encoding: 'vni', changed: true });
    expect(json.segments).toEqual([{ fromLine: 1, toLine: 1, encoding: 'vni' }]);
  });
  it('--check prints the bilingual TCVN 6909 report and exits 1 on problems, 0 when clean', async () => {
    const bad = memoryIO({ a: 'Cổng thông tin\nCæng th«ng tin ®iÖn tö' });
    expect(await main(['convert', 'a', '--check'], bad)).toBe(1);
    expect(bad.out).toContain('không đạt');
    expect(bad.out).toContain('does not conform');
    expect(bad.out).toContain('text.legacy-encoding');
    expect(bad.out).toContain('VP-32-2023/3.1');
    const good = memoryIO({ a: 'Cổng thông tin điện tử' });
    expect(await main(['convert', 'a', '--check', '--json'], good)).toBe(0);
    expect(JSON.parse(good.out)).toEqual({ ok: true, issues: [], encoding: 'nfc' });
  });
  it('warns on stderr about mixed encodings but still converts', async () => {
    const io = memoryIO({ a: 'Cổng thông tin điện tử\nTeát Nguyeân Ñaùn' });
    expect(await main(['convert', 'a'], io)).toBe(0);
    expect(io.out).toBe('Cổng thông tin điện tử\nTết Nguyên Đán');
    expect(io.err).toContain('text.mixed-encodings');
  });
  it('rejects bad arguments and unreadable files with exit 2, bilingually', async () => {
    const io = memoryIO();
    expect(await convertCommand.run(['--from', 'latin9', 'x'], io)).toBe(2);
    expect(io.err).toContain('bảng mã không hỗ trợ');
    expect(io.err).toContain('unsupported encoding');
    const io2 = memoryIO();
    expect(await convertCommand.run(['--bogus'], io2)).toBe(2);
    expect(io2.err).toContain('tham số không hợp lệ');
    const io3 = memoryIO();
    expect(await convertCommand.run(['missing.txt'], io3)).toBe(2);
    expect(io3.err).toContain('cannot read missing.txt');
    const io4 = memoryIO();
    expect(await convertCommand.run(['a', 'b'], io4)).toBe(2);
  });
  it('shows its usage', async () => {
    const io = memoryIO();
    expect(await main(['convert', '--help'], io)).toBe(0);
    expect(io.out).toContain('vn-portal-kit convert [<file>|-]');
  });
});

describe('vn-portal-kit demo', () => {
  it('reads the bundled sample from the repository root (as npm run demo does) and reports every encoding', async () => {
    const io = { ...memoryIO(), readText: (path: string) => readFile(path, 'utf8') };
    let out = '';
    io.stdout = (t: string) => {
      out += t;
    };
    expect(await demoCommand.run([], io)).toBe(0);
    for (const name of ['TCVN3', 'VNI', 'VIQR', 'NFD', 'UTF-8', 'Windows-1258', 'mixed', 'ASCII'])
      expect(out).toContain(name);
    expect(out).toContain('Điều 1. Ban hành kèm theo Quyết định này “Quy chế');
    expect(out).toContain('QUYẾT ĐỊNH');
    expect(out).toContain(
      'Thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân huyện Như Xuân',
    );
    expect(out).toContain('VP-32-2023/3.1');
    expect(out).toMatch(/conforming: 1\/9/);
  });
  it('takes another file, and fails with exit 2 when the file is missing', async () => {
    const sample = await readFile(DEMO_SAMPLE_PATH, 'utf8');
    const io = memoryIO({ 'x.txt': sample.split('\n\n').slice(0, 2).join('\n\n') });
    expect(await main(['demo', 'x.txt'], io)).toBe(0);
    expect(io.out).toContain('2 đoạn / paragraph(s)');
    const missing = memoryIO();
    expect(await main(['demo'], missing)).toBe(2);
    expect(missing.err).toContain('pass a file path');
  });
});
