import type { Language } from '../../core/index.js';
import {
  auditSite,
  type HttpClient,
  inShard,
  type NetworkProbes,
  type PageRenderer,
  portalKey,
  readPortalList,
  renderSiteSummary,
  type SiteSummaryRecord,
  siteSummaryRecord,
} from '../../site/index.js';
import { usageError } from '../_lib/usage.js';
import type { CliIO } from '../CliCommand.js';
import type { SiteRunSettings } from './site.js';

/** Reads the records of a JSON Lines results file (lines that are not records are skipped). */
export function readSummaryRecords(text: string): SiteSummaryRecord[] {
  const out: SiteSummaryRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as SiteSummaryRecord;
      if (r && r.format === 'vn-portal-kit/site-summary' && typeof r.key === 'string') out.push(r);
    } catch {
      // a line cut by an interrupted run: that portal is audited again
    }
  }
  return out;
}

/**
 * `--list`: audits the portals of a list (of this shard), `concurrency` at a time, appending one JSON Lines
 * record per portal as each finishes; portals already in the output are skipped (resume after an interruption).
 */
export async function runSiteList(
  io: CliIO,
  o: {
    listFile: string;
    out: string;
    shard: string | undefined;
    concurrency: number;
    settings: SiteRunSettings;
    env: { http: () => HttpClient; network: () => NetworkProbes };
    append: (path: string, text: string) => Promise<void>;
    renderer: PageRenderer | undefined;
  },
): Promise<number> {
  const fail = (vi: string, en: string) => usageError(io, 'site', vi, en);
  let shard: [number, number] | undefined;
  if (o.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(o.shard);
    const i = Number(m?.[1]);
    const n = Number(m?.[2]);
    if (!m || n < 1 || i < 1 || i > n)
      return fail(
        `--shard phải có dạng i/n, 1 ≤ i ≤ n: ${o.shard}`,
        `--shard must be i/n with 1 ≤ i ≤ n: ${o.shard}`,
      );
    shard = [i, n];
  }
  let text: string;
  try {
    text = await io.readText(o.listFile);
  } catch (error) {
    return fail(`không đọc được ${o.listFile}`, `cannot read ${o.listFile} (${(error as Error).message})`);
  }
  const { entries, errors } = readPortalList(text);
  for (const e of errors)
    io.stderr(`${o.listFile}:${e.line}: ${o.settings.language === 'en' ? e.message.en : e.message.vi}\n`);
  let previous = '';
  try {
    previous = await io.readText(o.out);
  } catch {
    previous = '';
  }
  const done = new Set(readSummaryRecords(previous).map((r) => r.key));
  const mine = entries.filter((e) => (shard ? inShard(e.url, shard[0], shard[1]) : true));
  const todo = mine.filter((e) => !done.has(portalKey(e.url)));
  const en = o.settings.language === 'en';
  io.stderr(
    en
      ? `site: ${mine.length} portals in this shard, ${mine.length - todo.length} already done, ${todo.length} to audit\n`
      : `site: ${mine.length} cổng trong phần này, ${mine.length - todo.length} đã xong, ${todo.length} cần kiểm tra\n`,
  );
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const entry = todo[next++] as (typeof todo)[number];
      const started = Date.now();
      const http = o.env.http();
      let record: SiteSummaryRecord;
      try {
        const result = await auditSite({
          ...o.settings.base,
          url: entry.url,
          http,
          ...(entry.agencyName ? { agencyName: entry.agencyName } : {}),
          ...(entry.unitKind ? { unitKind: entry.unitKind } : {}),
          ...(o.settings.network ? { network: o.env.network() } : {}),
          ...(o.renderer ? { renderer: o.renderer } : {}),
        });
        record = siteSummaryRecord(entry.url, result.report, {
          pages: result.crawl.pages,
          elapsedMs: Date.now() - started,
        });
      } catch (error) {
        record = {
          format: 'vn-portal-kit/site-summary',
          url: entry.url,
          key: portalKey(entry.url),
          portal: entry.agencyName ?? '',
          profile: String(o.settings.base.profile),
          asOf: o.settings.base.asOf,
          errors: 1,
          warnings: 0,
          notices: 0,
          groups: {},
          elapsedMs: Date.now() - started,
          error: String((error as Error)?.message ?? error).slice(0, 500),
        };
      } finally {
        http.close?.();
      }
      if (record.passed !== true) failed++;
      await o.append(o.out, `${JSON.stringify(record)}\n`);
      io.stderr(
        `site: ${record.passed === undefined ? (en ? 'ERROR' : 'LỖI') : record.passed ? (en ? 'PASS' : 'ĐẠT') : en ? 'FAIL' : 'KHÔNG ĐẠT'} ${entry.url}\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, Math.max(1, todo.length)) }, worker));
  await o.renderer?.close();
  return failed > 0 ? 1 : 0;
}

/** `--summary results.jsonl`: the table of portals × rule groups. */
export async function runSiteSummary(
  io: CliIO,
  file: string,
  format: string | undefined,
  out: string | undefined,
  language: Language,
): Promise<number> {
  const f = format ?? 'md';
  if (!['md', 'html', 'csv', 'text'].includes(f))
    return usageError(
      io,
      'site',
      `--summary: định dạng md, html, csv hoặc text`,
      `--summary: format md, html, csv or text`,
    );
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    return usageError(
      io,
      'site',
      `không đọc được ${file}`,
      `cannot read ${file} (${(error as Error).message})`,
    );
  }
  const rendered = renderSiteSummary(readSummaryRecords(text), { format: f as 'md', language });
  if (out === undefined) io.stdout(rendered);
  else {
    try {
      await io.writeText(out, rendered);
    } catch (error) {
      return usageError(
        io,
        'site',
        `không ghi được ${out}`,
        `cannot write ${out} (${(error as Error).message})`,
      );
    }
  }
  return 0;
}
