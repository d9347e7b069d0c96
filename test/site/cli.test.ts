import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteCommand } from '../../src/cli/commands/site.js';
import { readSummaryRecords } from '../../src/cli/commands/siteList.js';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { inShard } from '../../src/site/index.js';
import { memoryIO } from '../_lib/memoryIO.js';
import { buildPortal } from '../fixtures/portal/buildPortal.js';
import { type FixtureServer, startFixtureServer } from '../fixtures/portal/server.js';

const clean = buildPortal('clean');
const defects = buildPortal('defects');
let a: FixtureServer;
let b: FixtureServer;
beforeAll(async () => {
  a = await startFixtureServer(clean.pages);
  b = await startFixtureServer(defects.pages);
});
afterAll(async () => {
  await a.close();
  await b.close();
});

const FAST = [
  '--delay',
  '0',
  '--timeout',
  '1000',
  '--retries',
  '1',
  '--as-of',
  '2026-12-07',
  '--disable',
  'site.net',
];

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIO(files);
  const site = createSiteCommand({
    appendText: async (path, text) => {
      io.files[path] = (io.files[path] ?? '') + text;
    },
  });
  const code = await main(['site', ...args], io, [site]);
  return { code, io };
}

describe('vn-portal-kit site', () => {
  it('is registered', () => {
    expect(commands.some((c) => c.name === 'site')).toBe(true);
  });

  it('passes the clean fixture portal (exit 0) and fails the defects one (exit 1) with cited findings', async () => {
    const ok = await run([
      a.url,
      '--agency',
      clean.agencyName,
      '--public-host',
      clean.publicHost,
      '--lang',
      'en',
      ...FAST,
    ]);
    expect(ok.io.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.io.out.split('\n')[0]).toBe('PASS Ủy ban nhân dân tỉnh Phú Thọ — nd224-2026 as of 2026-12-07');
    const bad = await run([
      b.url,
      '--agency',
      defects.agencyName,
      '--public-host',
      defects.publicHost,
      '--lang',
      'en',
      ...FAST,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.io.out).toContain('site.layout.menu');
    expect(bad.io.out).toContain('(TT-32-2017/16.3.a)');
  });

  it('writes every report format, with the rule ids under site.*', async () => {
    for (const [format, test] of [
      [
        'json',
        (s: string) =>
          JSON.parse(s).findings.some((f: { ruleId: string }) => f.ruleId === 'site.layout.footer'),
      ],
      [
        'sarif',
        (s: string) =>
          JSON.parse(s).runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'site.layout.footer'),
      ],
      ['html', (s: string) => s.includes('site.layout.footer') && s.startsWith('<!DOCTYPE html>')],
      ['md', (s: string) => s.includes('site.layout.footer')],
      ['junit', (s: string) => s.includes('site.layout.footer')],
    ] as const) {
      const { code, io } = await run([b.url, '--format', format, '--out', `r.${format}`, ...FAST]);
      expect(code).toBe(1);
      expect(test(io.files[`r.${format}`] as string), format).toBe(true);
      expect(io.out).toMatch(/^KHÔNG ĐẠT: \d+ lỗi/);
    }
  });

  it('--save-inventory writes an inventory that vn-portal-kit audit reads and audits against the deadline rules', async () => {
    const { io } = await run([
      b.url,
      '--agency',
      defects.agencyName,
      '--public-host',
      'phutho.gov.vn',
      '--save-inventory',
      'inv.json',
      ...FAST,
    ]);
    const inventory = JSON.parse(io.files['inv.json'] as string);
    expect(
      inventory.items.some((i: { id: string }) => i.id === '/van-ban/quyet-dinh-140-2026-qd-ubnd.html'),
    ).toBe(true);
    const audit = memoryIO({ 'inv.json': io.files['inv.json'] as string });
    const code = await main(
      [
        'audit',
        'inv.json',
        '--profile',
        'vinh-phuc-32-2023',
        '--as-of',
        '2026-12-07',
        '--rules',
        'deadline',
        '--format',
        'json',
      ],
      audit,
    );
    expect(code).toBe(1);
    const report = JSON.parse(audit.out);
    const late = report.findings.filter(
      (f: { ruleId: string; status: string }) => f.ruleId === 'deadline.publication' && f.status === 'fail',
    );
    expect(late.map((f: { location: { item: string } }) => f.location.item)).toEqual([
      '/van-ban/quyet-dinh-140-2026-qd-ubnd.html',
    ]);
  });

  it('usage errors exit 2 with a bilingual message', async () => {
    for (const args of [
      [],
      ['--max-pages', '0', a.url],
      ['--unit-kind', 'xa', a.url],
      ['--format', 'pdf', a.url],
      ['--shard', '1/2', a.url],
      ['--list', 'l.txt'],
    ]) {
      const { code, io } = await run(args, { 'l.txt': a.url });
      expect(code, args.join(' ')).toBe(2);
      expect(io.err).toMatch(/vn-portal-kit site: .+ \/ .+/);
    }
  });

  it('--browser without a browser says so once and runs the static checks', async () => {
    const io = memoryIO();
    const site = createSiteCommand({
      loadBrowser: async (o) => {
        o.stderr('vn-portal-kit site: no browser\n');
        return undefined;
      },
    });
    const code = await main(['site', a.url, '--browser', '--max-pages', '3', ...FAST], io, [site]);
    expect(code).toBe(1); // categories and sitemap page not reached in 3 pages: the verdict is still given
    expect(io.err.match(/no browser/g)).toHaveLength(1);
  });
});

describe('vn-portal-kit site --list', () => {
  const list = () =>
    [
      '# fixture portals',
      `${a.url} | ${clean.agencyName} | province`,
      `${b.url} | ${defects.agencyName}`,
      'http://127.0.0.1:1/ | Cổng không chạy',
      'not a url at all',
    ].join('\n');

  it('audits each portal into one JSON Lines record, and resumes without redoing finished ones', async () => {
    const first = await run(['--list', 'p.txt', '--out', 'out.jsonl', '--max-pages', '5', ...FAST], {
      'p.txt': list(),
    });
    expect(first.code).toBe(1);
    expect(first.io.err).toContain('p.txt:5:');
    const records = readSummaryRecords(first.io.files['out.jsonl'] as string);
    expect(records.map((r) => r.url).sort()).toEqual([a.url, b.url, 'http://127.0.0.1:1/'].sort());
    const down = records.find((r) => r.url === 'http://127.0.0.1:1/');
    expect(down?.passed).toBe(false);
    expect(down?.groups.fetch).toBe('fail');
    expect(records.find((r) => r.url === b.url)?.groups.layout).toBe('fail');
    // resume: nothing left to do, the file is unchanged
    const again = await run(['--list', 'p.txt', '--out', 'out.jsonl', ...FAST], {
      'p.txt': list(),
      'out.jsonl': first.io.files['out.jsonl'] as string,
    });
    expect(again.io.files['out.jsonl']).toBe(first.io.files['out.jsonl']);
    expect(again.io.err).toContain('3 đã xong, 0 cần kiểm tra');
    // an interrupted file (a cut last line) redoes only the portal whose line was cut
    const lines = (first.io.files['out.jsonl'] as string).trimEnd().split('\n');
    const cut = `${lines.slice(0, -1).join('\n')}\n${(lines.at(-1) as string).slice(0, 20)}`;
    const resumed = await run(['--list', 'p.txt', '--out', 'out.jsonl', '--max-pages', '5', ...FAST], {
      'p.txt': list(),
      'out.jsonl': cut,
    });
    expect(resumed.io.err).toContain('2 đã xong, 1 cần kiểm tra');
  });

  it('--shard i/n splits the list deterministically: the shards are disjoint and cover it', async () => {
    const outs: string[][] = [];
    for (const s of ['1/2', '2/2']) {
      const { io } = await run(
        ['--list', 'p.txt', '--out', 'o.jsonl', '--shard', s, '--max-pages', '3', ...FAST],
        { 'p.txt': list() },
      );
      outs.push(readSummaryRecords(io.files['o.jsonl'] ?? '').map((r) => r.url));
    }
    expect([...(outs[0] ?? []), ...(outs[1] ?? [])].sort()).toEqual(
      [a.url, b.url, 'http://127.0.0.1:1/'].sort(),
    );
    expect(outs[0]?.every((u) => inShard(u, 1, 2))).toBe(true);
  });

  it('--summary renders portals × rule groups', async () => {
    const first = await run(['--list', 'p.txt', '--out', 'out.jsonl', '--max-pages', '5', ...FAST], {
      'p.txt': list(),
    });
    const md = await run(['--summary', 'out.jsonl', '--lang', 'en'], {
      'out.jsonl': first.io.files['out.jsonl'] as string,
    });
    expect(md.code).toBe(0);
    const header = md.io.out.split('\n')[0] as string;
    expect(header).toMatch(/^\| Portal \| Verdict \| Errors \| Warnings \| layout \|/);
    expect(md.io.out).toContain('3 portals:');
    const html = await run(['--summary', 'out.jsonl', '--format', 'html', '--out', 's.html'], {
      'out.jsonl': first.io.files['out.jsonl'] as string,
    });
    expect(html.io.files['s.html']).toContain('<table>');
  });
});
