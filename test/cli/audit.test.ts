import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';
import { cleanInventory } from '../compliance/_fixtures.js';

const EXAMPLE = readFileSync('examples/inventory/vinh-phuc-portal.json', 'utf8');
const files = { 'inv.json': EXAMPLE, 'clean.json': JSON.stringify(cleanInventory()) };
const run = async (args: string[], extra: Record<string, string> = {}) => {
  const io = memoryIO({ ...files, ...extra });
  const code = await main(['audit', ...args], io);
  return { code, io };
};

describe('vn-portal-kit audit', () => {
  it('prints a text report and exits 1 when errors are found', async () => {
    const { code, io } = await run([
      'inv.json',
      '--profile',
      'vinh-phuc-32-2023',
      '--as-of',
      '2026-11-25',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(io.out.split('\n')[0]).toBe(
      'FAIL Cổng thông tin điện tử tỉnh Vĩnh Phúc — vinh-phuc-32-2023 as of 2026-11-25',
    );
    expect(io.out).toContain('qd-41-2026');
  });
  it('exits 0 for a compliant inventory, taking the profile from the inventory', async () => {
    const { code, io } = await run(['clean.json', '--as-of', '2026-11-25']);
    expect(code).toBe(0);
    expect(io.out.startsWith('PASS')).toBe(true);
  });
  it.each([
    ['json', (s: string) => JSON.parse(s).format === 'vn-portal-kit/audit-report'],
    ['md', (s: string) => s.startsWith('# ')],
    ['html', (s: string) => s.startsWith('<!DOCTYPE html>')],
    ['sarif', (s: string) => JSON.parse(s).version === '2.1.0'],
    ['junit', (s: string) => XMLValidator.validate(s) === true],
  ])('writes --format %s to --out', async (format, check) => {
    const { code, io } = await run([
      'inv.json',
      '--as-of',
      '2026-11-25',
      '--format',
      format,
      '--out',
      'report.out',
    ]);
    expect(code).toBe(1);
    expect(check(io.files['report.out'] ?? '')).toBe(true);
    expect(io.out).toMatch(/KHÔNG ĐẠT: \d+ lỗi/);
  });
  it('selects and disables rules', async () => {
    const { code } = await run(['inv.json', '--as-of', '2026-11-25', '--rules', 'quotas,basis']);
    expect(code).toBe(0);
    const d = await run([
      'inv.json',
      '--as-of',
      '2026-11-25',
      '--disable',
      'categories,consultation,deadline,editorial,english,features,fields,hostnames,operations,qa,text',
    ]);
    expect(d.code).toBe(0);
  });
  it.each([
    [['inv.json', '--bogus']],
    [['inv.json', 'second.json']],
    [['inv.json', '--format', 'pdf']],
    [['inv.json', '--as-of', '2026-02-30']],
    [['inv.json', '--profile', 'atlantis-1-2030']],
    [['missing.json']],
    [['inv.json', '--lang', 'fr']],
  ])('exits 2 on usage errors and unreadable input: %j', async (args) => {
    const { code, io } = await run(args);
    expect(code).toBe(2);
    expect(io.err).toMatch(/ \/ /);
  });
  it('exits 2 on invalid JSON, hostile nesting and an invalid portal, naming the problem', async () => {
    const bad = await run(['x.json'], { 'x.json': '{"schemaVersion": 1,' });
    expect(bad.code).toBe(2);
    expect(bad.io.err).toContain('compliance.inventory-json-invalid');
    const deep = await run(['x.json', '--profile', 'vinh-phuc-32-2023'], {
      'x.json': `{"portal":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    });
    expect(deep.io.err).toContain('compliance.inventory-too-deep');
    const portal = await run(['x.json', '--profile', 'vinh-phuc-32-2023'], {
      'x.json': JSON.stringify({
        schemaVersion: 1,
        portal: { name: 'P', unit: { name: 'U', kind: 'planet' } },
      }),
    });
    expect(portal.code).toBe(2);
    expect(portal.io.err).toContain('portal.unit.kind');
  });
  it('shows progress on a terminal for large inventories only', async () => {
    const inv = cleanInventory();
    for (let i = 0; i < 60_000; i++)
      inv.items.push({ id: `n${i}`, category: 'news', title: 'Tin', fields: {} });
    const io = memoryIO({ 'big.json': JSON.stringify(inv) });
    (io as { isTTY: boolean }).isTTY = true;
    await auditCommand.run(['big.json', '--as-of', '2026-11-25', '--format', 'json', '--out', 'r.json'], io);
    // A JSON file is streamed: a running count (its total is known only at the end).
    expect(io.err).toContain('audit: 60,000 items');
    const quiet = memoryIO({ 'big.json': JSON.stringify(inv) });
    await auditCommand.run(
      ['big.json', '--as-of', '2026-11-25', '--format', 'json', '--out', 'r.json'],
      quiet,
    );
    expect(quiet.err).toBe('');
  });
  it('reads a JSON Lines inventory (by its extension, or --input ndjson on standard input) as the JSON one', async () => {
    const { items, ...header } = JSON.parse(EXAMPLE);
    const ndjson = [JSON.stringify(header), ...items.map((i: unknown) => JSON.stringify(i))].join('\n');
    const args = ['--as-of', '2026-11-25', '--format', 'json', '--out', 'r.json'];
    const json = await run(['inv.json', ...args]);
    const lines = await run(['inv.ndjson', ...args], { 'inv.ndjson': ndjson });
    const stdin = await run(['-', '--input', 'ndjson', ...args], { '-': ndjson });
    expect(lines.code).toBe(json.code);
    expect(lines.io.files['r.json']).toBe(json.io.files['r.json']);
    expect(stdin.io.files['r.json']).toBe(json.io.files['r.json']);
    // A bad line is a finding with its number; the audit goes on.
    const broken = await run(['inv.jsonl', ...args], { 'inv.jsonl': `${ndjson}\n{"id": oops}\n` });
    const report = JSON.parse(broken.io.files['r.json'] ?? '{}');
    expect(report.summary.invalidItems).toBe(1);
    expect(JSON.stringify(report.findings)).toContain(`Line ${items.length + 2}: Invalid JSON`);
  });
  it('stops with exit 2 on a JSON Lines inventory without a valid first line, or an unknown --input', async () => {
    const empty = await run(['x.ndjson', '--as-of', '2026-11-25'], { 'x.ndjson': '\n\n' });
    expect(empty.code).toBe(2);
    expect(empty.io.err).toContain('compliance.inventory-lines-empty');
    const array = await run(['x.ndjson', '--as-of', '2026-11-25', '--lang', 'en'], { 'x.ndjson': '[]\n' });
    expect(array.code).toBe(2);
    expect(array.io.err).toContain('Line 1 must be a JSON object');
    expect((await run(['missing.ndjson', '--as-of', '2026-11-25'])).code).toBe(2);
    expect((await run(['inv.json', '--input', 'xml'])).code).toBe(2);
  });
  it('shows a running count on a terminal for a JSON Lines inventory', async () => {
    const inv = cleanInventory();
    const { items, ...header } = inv;
    const lines = [JSON.stringify(header), ...items.map((i: unknown) => JSON.stringify(i))];
    for (let i = 0; i < 20_000; i++)
      lines.push(JSON.stringify({ id: `n${i}`, category: 'news', title: 'Tin' }));
    const io = memoryIO({ 'big.ndjson': lines.join('\n') });
    (io as { isTTY: boolean }).isTTY = true;
    await auditCommand.run(
      ['big.ndjson', '--as-of', '2026-11-25', '--format', 'json', '--out', 'r.json'],
      io,
    );
    expect(io.err).toContain('audit: 20,000 items');
    expect(io.err).toContain(`audit: ${(20_000 + items.length).toLocaleString('en')} items`);
  });
  it('is listed in --help', async () => {
    const io = memoryIO();
    await main(['--help'], io);
    expect(io.out).toContain('audit');
  });
});

describe('vn-portal-kit demo (npm run demo)', () => {
  it('audits the bundled inventory, prints a summary and writes the HTML report, then the text section', async () => {
    const { readFile } = await import('node:fs/promises');
    const io = { ...memoryIO(), readText: (path: string) => readFile(path, 'utf8') };
    let out = '';
    io.stdout = (t: string) => {
      out += t;
    };
    const written: Record<string, string> = {};
    io.writeText = async (path: string, text: string) => {
      written[path] = text;
    };
    expect(await main(['demo', '--lang', 'en'], io)).toBe(0);
    expect(out).toContain('== Compliance audit ==');
    expect(out).toContain('FAIL Cổng thông tin điện tử tỉnh Vĩnh Phúc — vinh-phuc-32-2023 as of 2026-11-25');
    expect(out).toContain('qd-41-2026');
    expect(out).toMatch(/Legal and administrative documents\s+█+░+ \d+ on time, 2 late/);
    expect(out).toContain('HTML report written to audit-report.html');
    expect(written['audit-report.html']).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('TCVN 6909:2001 report');
  });
  it.each([
    [['--rules', 'nope']],
    [['--rules', 'dedline']],
    [['--rules', 'deadline.publicaton']],
    [['--disable', 'deadlines']],
    [['--disable', '*']],
  ])('exits 2 on an unknown rule id or prefix, listing the valid ids: %j', async (extra) => {
    const { code, io } = await run(['inv.json', '--as-of', '2026-11-25', ...extra]);
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/valid ids: .*deadline\.publication/);
    expect(io.err).toMatch(/các mã hợp lệ/);
  });
  it('streams a JSON file (never reading it whole) and reports as the whole-text path does', async () => {
    let wholeReads = 0;
    const io = Object.assign(memoryIO(files), {
      readText: async () => {
        wholeReads++;
        return EXAMPLE;
      },
    });
    const code = await main(['audit', 'inv.json', '--as-of', '2026-11-25', '--format', 'json'], io);
    expect(wholeReads).toBe(0);
    expect(code).toBe(1);
    const viaStdin = Object.assign(memoryIO({ '-': EXAMPLE }), {});
    const code2 = await main(['audit', '-', '--as-of', '2026-11-25', '--format', 'json'], viaStdin);
    expect(code2).toBe(1);
    expect(io.out).toBe(viaStdin.out);
  });
  it('rejects bad options with exit 2', async () => {
    const io = memoryIO();
    expect(await main(['demo', '--as-of', 'soon'], io)).toBe(2);
    expect(await main(['demo', '--nope'], memoryIO())).toBe(2);
  });
});
