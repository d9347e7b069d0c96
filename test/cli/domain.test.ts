import { describe, expect, it } from 'vitest';
import { domainCommand } from '../../src/cli/commands/domain.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

const run = async (args: string[], files: Record<string, string> = {}) => {
  const io = memoryIO(files);
  const code = await main(['domain', ...args], io, [domainCommand]);
  return { code, out: io.out, err: io.err };
};

describe('vn-portal-kit domain', () => {
  it('ranks candidates with reasons: the issue example', async () => {
    const r = await run(['Sở Thông tin và Truyền thông', '--province', 'Vĩnh Phúc']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'Sở Thông tin và Truyền thông (department) — ND-224-2026 ND-224-2026/11.4: tencoquan.tentinhthanh.gov.vn',
    );
    expect(lines[1]).toMatch(/^ 1\. sotttt\.vinhphuc\.gov\.vn +\[auto\] Mặc định theo thực tiễn/);
    expect(lines[2]).toContain('stttt.vinhphuc.gov.vn');
  });
  it('a commune under a district with the VP-32-2023 scheme, in English and JSON', async () => {
    const r = await run([
      'xã Đạo Trù',
      '--district',
      'Tam Đảo',
      '--province',
      'Vĩnh Phúc',
      '--scheme',
      'vp-32-2023',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.hostname).toBe('daotru.tamdao.vinhphuc.gov.vn');
    expect(json.citation.id).toBe('VP-32-2023/3.4.c');
    const en = await run([
      'Sở Tư pháp',
      '--province',
      'Vĩnh Phúc',
      '--english',
      'Department of Justice',
      '--lang',
      'en',
    ]);
    expect(en.out).toContain('doj.vinhphuc.gov.vn');
    expect(en.out).toContain('English abbreviation');
  });
  it('plans a province as CSV, collisions listed', async () => {
    const r = await run(['--plan', 'Thái Nguyên', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows[0]).toBe('code,name,kind,hostname,label,strategy,collision,reason');
    expect(rows).toHaveLength(93);
    expect(rows.find((x) => x.includes('vanlang2.thainguyen.gov.vn'))).toMatch(
      /^\d{5},Xã Văn Lăng,commune,vanlang2\.thainguyen\.gov\.vn,vanlang2,numeric-suffix,vanlang,/,
    );
    expect(r.err).toContain('Tỉnh Thái Nguyên: 92 tên miền, 1 trường hợp trùng nhãn');
  });
  it('plans Phú Thọ as JSON, and a three-tier province with --data 2025-03', async () => {
    const r = await run(['--plan', 'Phú Thọ', '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(json.assignments).toHaveLength(148);
    expect(json.scheme).toBe('ND-224-2026');
    const old = await run(['--plan', 'Vĩnh Phúc', '--data', '2025-03', '--format', 'json']);
    const oldJson = JSON.parse(old.out);
    expect(oldJson.scheme).toBe('VP-32-2023');
    expect(oldJson.assignments.map((a: { hostname: string }) => a.hostname)).toContain(
      'daotru.tamdao.vinhphuc.gov.vn',
    );
  });
  it('--json is --format json, as in the other commands', async () => {
    const r = await run(['--plan', 'Phú Thọ', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).assignments).toHaveLength(148);
    const one = await run(['Sở Thông tin và Truyền thông', '--province', 'Vĩnh Phúc', '--json']);
    expect(JSON.stringify(JSON.parse(one.out))).toContain('sotttt');
    expect((await run(['--plan', 'Phú Thọ', '--json', '--format', 'csv'])).code).toBe(2);
  });
  it('applies an override file', async () => {
    const r = await run(['--plan', 'Thái Nguyên', '--format', 'json', '--overrides', 'o.json'], {
      'o.json': JSON.stringify({ 'Xã Văn Lăng': 'vanlang-bk' }),
    });
    const json = JSON.parse(r.out);
    expect(json.assignments.find((a: { name: string }) => a.name === 'Xã Văn Lăng').hostname).toBe(
      'vanlang-bk.thainguyen.gov.vn',
    );
    expect(json.collisions).toEqual([]);
  });
  it('validates a host name', async () => {
    const ok = await run([
      '--validate',
      'sokhdt.thainguyen.gov.vn',
      '--scheme',
      'tn-40-2012',
      '--kind',
      'department',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('sokhdt.thainguyen.gov.vn: hợp lệ (cấp 4, department)\n');
    const bad = await run(['--validate', 'xn--otr-8na.hanoi.gov.vn']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('domains.label-idn');
  });
  it('usage errors exit 2 with a bilingual message', async () => {
    for (const args of [
      ['--bogus'],
      [],
      ['a', 'b'],
      ['--plan', 'Phú Thọ', '--data', '2024'],
      ['--plan', 'Phú Thọ', '--format', 'xml'],
      ['Sở Y tế', '--scheme', 'nope'],
      ['Sở Y tế', '--kind', 'village'],
      ['Sở Y tế'],
      ['--plan', 'Atlantis'],
      ['--plan', 'Phú Thọ', '--overrides', 'missing.json'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    const r = await run(['Sở Y tế']);
    expect(r.err).toContain('/ under ND-224-2026 a department sits under a province: pass --province');
  });
});
