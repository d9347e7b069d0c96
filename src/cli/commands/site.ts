import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { FindingSeverity, UnitKind } from '../../compliance/index.js';
import { UNIT_KINDS } from '../../compliance/index.js';
import { type Language, toCivilDate, todayInVietnam } from '../../core/index.js';
import { getProfile, nationalProfileAt, PROFILE_IDS } from '../../profiles/index.js';
import {
  type AuditSiteOptions,
  auditSite,
  type CategoryMapping,
  createNodeHttpClient,
  createNodeNetworkProbes,
  type HttpClient,
  type NetworkProbes,
  type PageRenderer,
  SITE_USER_AGENT,
} from '../../site/index.js';
import { loadAdminUnits, planUnitsOf } from '../../units/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';
import { renderReport } from './audit.js';
import { loadBrowserRenderer } from './siteBrowser.js';
import { runSiteList, runSiteSummary } from './siteList.js';

const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];

const usage = `vn-portal-kit site: kiểm tra cổng thông tin điện tử đang chạy / audit a live portal

Usage:
  vn-portal-kit site <https://portal.gov.vn> [options]
  vn-portal-kit site --list portals.txt --out results.jsonl [--shard i/n] [options]
  vn-portal-kit site --summary results.jsonl [--format md|html|csv|text] [--out file]

Options:
  --profile <id>          the regulation (default: the national profile in force on --as-of), one of:
                          ${PROFILE_IDS.join(', ')}
  --as-of <YYYY-MM-DD>    the audit date (default: today in Vietnam)
  --agency <name>         the agency's full Vietnamese name, looked for in the header
  --unit-kind <kind>      ${UNIT_KINDS.join(' | ')} (default province)
  --public-host <host>    the public host name when crawling a mirror or staging copy
  --components <hosts>    component sites (comma-separated hosts), crawled and expected to be linked
  --province <name|code>  a provincial portal's province: its communes' planned host names (2026 unit
                          data) are expected to be linked
  --category-map <file>   JSON { "/url/prefix": "category-id" } for URLs the defaults do not read
  --max-pages <n>         most pages fetched (default 500)
  --max-time <s>          stop crawling after this many seconds (default 600)
  --max-bytes <n>         most bytes read per response (default 5000000)
  --concurrency <n>       requests in flight (default 4)
  --delay <ms>            least delay between requests to one host (default 100)
  --timeout <ms>          deadline of one request (default 20000)
  --retries <n>           retries on 5xx and timeouts (default 2)
  --ignore-robots         crawl what robots.txt forbids (only with the owner's permission)
  --ca <file.pem>         trust this extra certificate authority
  --browser               render pages in Chromium (accessibility, mobile, load performance)
  --browser-path <exe>    the Chromium executable (else VN_PORTAL_KIT_CHROMIUM or chromium on PATH)
  --cdp <url>             use a running Chromium over the DevTools protocol
  --format <f>            text | json | md | html | sarif | junit (default text)
  --out <file>            write the report (or, with --list, the JSON Lines results) to a file
  --save-inventory <file> write the inventory inferred from the pages (correct it, then run
                          vn-portal-kit audit on it)
  --lang <vi|en>          language of text, md and html reports (default vi)
  --disable <ids>         switch rules off (comma-separated ids or prefixes, e.g. site.net,site.metadata)
  --min-severity <s>      text output: list problems at least this severe
  --list <file>           audit every portal of the file (one a line: URL [| agency name [| unit kind]])
  --shard <i/n>           with --list: only the portals of shard i of n (deterministic by URL)
  --list-concurrency <n>  with --list: portals audited at once (default 2)

Examples:
  vn-portal-kit site https://phutho.gov.vn --profile nd224-2026 --as-of 2026-12-07 \\
    --max-pages 500 --format html --out site-report.html
  vn-portal-kit site --list tinh.txt --out ket-qua.jsonl --shard 2/4
  vn-portal-kit site --summary ket-qua.jsonl --format html --out tong-hop.html

Exit codes: 0 no error-level failure, 1 errors found, 2 usage error.
`;

/** What the command needs from the outside world beyond CliIO (injectable for tests). */
export interface SiteCommandDeps {
  readonly http?: (options: { userAgent: string; concurrency: number; ca?: string }) => HttpClient;
  readonly network?: (options: { userAgent: string; ca?: string }) => NetworkProbes;
  readonly appendText?: (path: string, text: string) => Promise<void>;
  readonly loadBrowser?: typeof loadBrowserRenderer;
}

const list = (s: string | undefined): string[] =>
  s === undefined
    ? []
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

/** The parsed options shared by single and list runs. */
export interface SiteRunSettings {
  readonly base: Omit<AuditSiteOptions, 'url' | 'http' | 'network' | 'renderer'>;
  readonly language: Language;
  readonly format: Format;
  readonly minSeverity: FindingSeverity;
  readonly network: boolean;
  readonly ca?: string;
  readonly concurrency: number;
}

function intOption(
  io: CliIO,
  name: string,
  value: string | undefined,
  min: number,
): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    usageError(io, 'site', `--${name} phải là số nguyên ≥ ${min}`, `--${name} must be an integer ≥ ${min}`);
    return null;
  }
  return n;
}

/** Builds `vn-portal-kit site` with its dependencies (Node's by default). */
export function createSiteCommand(deps: SiteCommandDeps = {}): CliCommand {
  const makeHttp =
    deps.http ??
    ((o) =>
      createNodeHttpClient({
        userAgent: o.userAgent,
        maxSockets: o.concurrency,
        ...(o.ca ? { ca: o.ca } : {}),
      }));
  const makeNetwork =
    deps.network ??
    ((o) => createNodeNetworkProbes({ userAgent: o.userAgent, ...(o.ca ? { ca: o.ca } : {}) }));
  const append = deps.appendText ?? ((path, text) => appendFile(path, text, 'utf8'));
  const loadBrowser = deps.loadBrowser ?? loadBrowserRenderer;
  return {
    name: 'site',
    summary:
      'crawl a live portal and audit what the public sees (layout, functions, text, links, network, content)',
    usage,
    async run(args, io) {
      const parsed = parseOrUsageError(io, 'site', () =>
        parseArgs({
          args: [...args],
          allowPositionals: true,
          strict: true,
          options: {
            profile: { type: 'string' },
            'as-of': { type: 'string' },
            agency: { type: 'string' },
            'unit-kind': { type: 'string' },
            'public-host': { type: 'string' },
            components: { type: 'string' },
            province: { type: 'string' },
            'category-map': { type: 'string' },
            'max-pages': { type: 'string' },
            'max-time': { type: 'string' },
            'max-bytes': { type: 'string' },
            concurrency: { type: 'string' },
            delay: { type: 'string' },
            timeout: { type: 'string' },
            retries: { type: 'string' },
            'ignore-robots': { type: 'boolean' },
            ca: { type: 'string' },
            browser: { type: 'boolean' },
            'browser-path': { type: 'string' },
            cdp: { type: 'string' },
            format: { type: 'string' },
            out: { type: 'string' },
            'save-inventory': { type: 'string' },
            lang: { type: 'string' },
            disable: { type: 'string' },
            'min-severity': { type: 'string', default: 'notice' },
            list: { type: 'string' },
            shard: { type: 'string' },
            'list-concurrency': { type: 'string' },
            summary: { type: 'string' },
          },
        }),
      );
      if (parsed === undefined) return 2;
      const { values: v, positionals } = parsed;
      const fail = (vi: string, en: string) => usageError(io, 'site', vi, en);
      const language = languageOrUsageError(io, 'site', v.lang);
      if (language === undefined) return 2;

      if (v.summary !== undefined) return runSiteSummary(io, v.summary, v.format, v.out, language);

      const format = (v.format ?? 'text') as Format;
      if (!FORMATS.includes(format))
        return fail(`định dạng không hỗ trợ: ${format}`, `unsupported format: ${format}`);
      const minSeverity = v['min-severity'] as FindingSeverity;
      if (!['error', 'warning', 'notice'].includes(minSeverity))
        return fail(`mức độ không hợp lệ: ${minSeverity}`, `invalid severity: ${minSeverity}`);
      let asOf = todayInVietnam();
      if (v['as-of'] !== undefined) {
        const d = toCivilDate(v['as-of']);
        if (!d.ok) return fail(`ngày không hợp lệ: ${v['as-of']}`, `invalid date: ${v['as-of']}`);
        asOf = d.value;
      }
      const national = nationalProfileAt(asOf);
      const profile = v.profile ?? (national.ok ? national.value.id : undefined);
      if (profile === undefined || !getProfile(profile))
        return fail(
          `không có quy định "${profile}"`,
          `unknown profile "${profile}" (known: ${PROFILE_IDS.join(', ')})`,
        );
      const unitKind = v['unit-kind'] ?? 'province';
      if (!(UNIT_KINDS as readonly string[]).includes(unitKind))
        return fail(
          `cấp đơn vị không hợp lệ: ${unitKind}`,
          `invalid --unit-kind: ${unitKind} (${UNIT_KINDS.join(', ')})`,
        );
      if (v.province !== undefined && !planUnitsOf(loadAdminUnits('2026'), v.province).ok)
        return fail(
          `không có tỉnh, thành phố "${v.province}"`,
          `unknown province "${v.province}" (2026 units)`,
        );
      const ints = {
        maxPages: intOption(io, 'max-pages', v['max-pages'], 1),
        maxTime: intOption(io, 'max-time', v['max-time'], 1),
        maxBytes: intOption(io, 'max-bytes', v['max-bytes'], 1_000),
        concurrency: intOption(io, 'concurrency', v.concurrency, 1),
        delay: intOption(io, 'delay', v.delay, 0),
        timeout: intOption(io, 'timeout', v.timeout, 100),
        retries: intOption(io, 'retries', v.retries, 0),
        listConcurrency: intOption(io, 'list-concurrency', v['list-concurrency'], 1),
      };
      if (Object.values(ints).some((x) => x === null)) return 2;
      let categoryMap: CategoryMapping | undefined;
      if (v['category-map'] !== undefined) {
        try {
          const json = JSON.parse(await io.readText(v['category-map'])) as unknown;
          if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new Error('not an object');
          categoryMap = json as CategoryMapping;
        } catch (error) {
          return fail(
            `không đọc được ${v['category-map']}`,
            `cannot read ${v['category-map']} (${(error as Error).message})`,
          );
        }
      }
      let ca: string | undefined;
      if (v.ca !== undefined) {
        try {
          ca = await io.readText(v.ca);
        } catch (error) {
          return fail(`không đọc được ${v.ca}`, `cannot read ${v.ca} (${(error as Error).message})`);
        }
      }
      const disable = list(v.disable);
      const concurrency = ints.concurrency ?? 4;
      const settings: SiteRunSettings = {
        base: {
          profile,
          asOf,
          unitKind: unitKind as UnitKind,
          ...(v.agency ? { agencyName: v.agency } : {}),
          ...(v['public-host'] ? { publicHost: v['public-host'] } : {}),
          ...(v.components ? { componentHosts: list(v.components) } : {}),
          ...(v.province ? { province: v.province } : {}),
          ...(categoryMap ? { categoryMap } : {}),
          limits: {
            concurrency,
            ...(ints.maxPages ? { maxPages: ints.maxPages } : {}),
            ...(ints.maxTime ? { maxTimeMs: ints.maxTime * 1000 } : {}),
            ...(ints.maxBytes ? { maxBytes: ints.maxBytes } : {}),
            ...(typeof ints.delay === 'number' ? { delayMs: ints.delay } : {}),
            ...(ints.timeout ? { timeoutMs: ints.timeout } : {}),
            ...(typeof ints.retries === 'number' ? { retries: ints.retries } : {}),
          },
          ...(v['ignore-robots'] ? { respectRobots: false } : {}),
          userAgent: SITE_USER_AGENT,
          disable,
        },
        language,
        format,
        minSeverity,
        network: !disable.includes('site') && !disable.includes('site.net'),
        ...(ca ? { ca } : {}),
        concurrency,
      };
      const env = {
        http: () => makeHttp({ userAgent: SITE_USER_AGENT, concurrency, ...(ca ? { ca } : {}) }),
        network: () => makeNetwork({ userAgent: SITE_USER_AGENT, ...(ca ? { ca } : {}) }),
      };

      let renderer: PageRenderer | undefined;
      if (v.browser) {
        renderer = await loadBrowser({
          ...(v['browser-path'] ? { executablePath: v['browser-path'] } : {}),
          ...(v.cdp ? { cdpEndpoint: v.cdp } : {}),
          language,
          stderr: (t) => io.stderr(t),
        });
      }

      if (v.list !== undefined) {
        if (positionals.length > 0)
          return fail('--list không đi cùng địa chỉ cổng', '--list takes no portal URL');
        if (v.out === undefined)
          return fail('--list cần --out results.jsonl', '--list needs --out results.jsonl');
        return runSiteList(io, {
          listFile: v.list,
          out: v.out,
          shard: v.shard,
          concurrency: ints.listConcurrency ?? 2,
          settings,
          env,
          append,
          renderer,
        });
      }
      if (v.shard !== undefined) return fail('--shard chỉ dùng với --list', '--shard is for --list');
      if (positionals.length !== 1) return fail('cần đúng một địa chỉ cổng', 'give exactly one portal URL');
      let url: URL;
      try {
        const raw = positionals[0] as string;
        url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
      } catch {
        return fail(`địa chỉ không hợp lệ: ${positionals[0]}`, `invalid URL: ${positionals[0]}`);
      }
      const http = env.http();
      try {
        const progress = io.isTTY
          ? (n: number, q: number) =>
              io.stderr(`\rsite: ${n} ${language === 'en' ? 'pages' : 'trang'} (${q} …)`)
          : undefined;
        const result = await auditSite({
          ...settings.base,
          url: url.href,
          http,
          ...(settings.network ? { network: env.network() } : {}),
          ...(renderer ? { renderer } : {}),
          ...(progress ? { onProgress: progress } : {}),
        });
        if (progress) io.stderr('\n');
        if (v['save-inventory'] !== undefined) {
          try {
            await io.writeText(v['save-inventory'], `${JSON.stringify(result.inventory, null, 2)}\n`);
          } catch (error) {
            return fail(
              `không ghi được ${v['save-inventory']}`,
              `cannot write ${v['save-inventory']} (${(error as Error).message})`,
            );
          }
        }
        const output = renderReport(result.report, format, language, url.href, minSeverity);
        const s = result.report.summary;
        const c = result.crawl;
        if (v.out !== undefined) {
          try {
            await io.writeText(v.out, output);
          } catch (error) {
            return fail(`không ghi được ${v.out}`, `cannot write ${v.out} (${(error as Error).message})`);
          }
          io.stdout(
            language === 'en'
              ? `${s.passed ? 'PASS' : 'FAIL'}: ${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.notice} notices; ${c.pages} pages in ${(c.elapsedMs / 1000).toFixed(1)} s; report written to ${v.out}\n`
              : `${s.passed ? 'ĐẠT' : 'KHÔNG ĐẠT'}: ${s.bySeverity.error} lỗi, ${s.bySeverity.warning} cảnh báo, ${s.bySeverity.notice} lưu ý; ${c.pages} trang trong ${(c.elapsedMs / 1000).toFixed(1)} giây; đã ghi báo cáo vào ${v.out}\n`,
          );
        } else io.stdout(output);
        return s.passed ? 0 : 1;
      } finally {
        http.close?.();
        await renderer?.close();
      }
    },
  };
}

/** `vn-portal-kit site <url>`: crawls a live portal and writes one cited report. */
export const siteCommand: CliCommand = createSiteCommand();
