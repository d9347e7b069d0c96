import { parseArgs } from 'node:util';
import { formatIssue, type Issue, type Language } from '../../core/index.js';
import {
  buildHostname,
  type HostnameScheme,
  type HostnameUnit,
  type HostnameUnitKind,
  planHostnames,
  suggestLabels,
  validateHostname,
} from '../../domains/index.js';
import {
  HOSTNAMES_ND_43_2011,
  HOSTNAMES_ND_224_2026,
  HOSTNAMES_TN_40_2012,
  HOSTNAMES_VP_32_2023,
} from '../../profiles/hostnames/index.js';
import { type AdminUnitsDatasetId, loadAdminUnits, planUnitsOf } from '../../units/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const SCHEMES: Readonly<Record<string, HostnameScheme>> = {
  'nd-224-2026': HOSTNAMES_ND_224_2026,
  'nd-43-2011': HOSTNAMES_ND_43_2011,
  'vp-32-2023': HOSTNAMES_VP_32_2023,
  'tn-40-2012': HOSTNAMES_TN_40_2012,
};

const KINDS: readonly HostnameUnitKind[] = [
  'ministry',
  'ministry-unit',
  'province',
  'department',
  'agency',
  'district',
  'commune',
];

const usage = `vn-portal-kit domain: đặt tên miền cổng thông tin / host names for portals and sub-portals

Usage:
  vn-portal-kit domain <name> [--province <name>] [--district <name>] [--kind <kind>] [options]
  vn-portal-kit domain --plan <province> [--data 2026|2025-03] [--format csv|json] [--overrides <file.json>]
  vn-portal-kit domain --validate <host> [--kind <kind>] [--scheme <id>]

Options:
  --province <name>     the province the unit belongs to (its label follows the scheme)
  --district <name>     the district, for communes under a 5th-level scheme (vp-32-2023)
  --kind <kind>         ${KINDS.join(' | ')} (default: from the name's type word: Sở/Ban → department, xã/phường → commune, ...)
  --english <name>      the English name, for English abbreviations
  --scheme <id>         ${Object.keys(SCHEMES).join(' | ')} (default nd-224-2026; vp-32-2023 with --data 2025-03)
  --plan <province>     plan the host names of all communes (and districts) of a province
  --data <id>           list of administrative units: 2026 (two tiers, default) or 2025-03 (three tiers)
  --overrides <file>    JSON object of fixed labels, keyed by unit code or name
  --validate <host>     check a host name (RFC 1035/1123/5891, .gov.vn, the scheme's depth)
  --format <fmt>        text (default) | json; csv with --plan
  --json                same as --format json (as in the other commands)
  --lang <vi|en>        language of the text output (default vi)

Examples:
  vn-portal-kit domain "Sở Thông tin và Truyền thông" --province "Vĩnh Phúc"
  vn-portal-kit domain "xã Đạo Trù" --district "Tam Đảo" --province "Vĩnh Phúc" --scheme vp-32-2023
  vn-portal-kit domain --plan "Phú Thọ" --format csv
  vn-portal-kit domain --plan "Vĩnh Phúc" --data 2025-03 --format json

Exit codes: 0 done, 1 the plan or host name has errors, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'domain', vi, en);
}

/** The kind a name's leading type word suggests. */
function guessKind(name: string): HostnameUnitKind {
  const n = name.normalize('NFC').trim().toLowerCase();
  const starts = (...words: string[]): boolean => words.some((w) => n.startsWith(`${w} `));
  if (starts('xã', 'phường', 'thị trấn', 'đặc khu')) return 'commune';
  if (starts('huyện', 'quận', 'thị xã')) return 'district';
  if (starts('tỉnh', 'thành phố')) return 'province';
  if (starts('bộ')) return 'ministry';
  if (starts('sở', 'ban')) return 'department';
  return 'agency';
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function printIssues(io: CliIO, issues: readonly Issue[], lang: Language): void {
  for (const issue of issues) io.stderr(`${formatIssue(issue, lang)}\n`);
}

/**
 * `vn-portal-kit domain`: ranked host-name candidates for a unit with their reasons, a whole province's plan
 * (CSV or JSON, collisions listed), or the validation of a host name.
 */
export const domainCommand: CliCommand = {
  name: 'domain',
  summary:
    'host names for portals and sub-portals: candidates, province plans, validation (ND 224/2026 Art. 11.4)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'domain', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    const lang = languageOrUsageError(io, 'domain', values.lang);
    if (lang === undefined) return 2;
    const data = (values.data ?? '2026') as AdminUnitsDatasetId;
    if (data !== '2026' && data !== '2025-03') {
      return fail(io, `--data phải là 2026 hoặc 2025-03`, `--data must be 2026 or 2025-03`);
    }
    const schemeId =
      values.scheme ?? (data === '2025-03' && values.plan !== undefined ? 'vp-32-2023' : 'nd-224-2026');
    const scheme = SCHEMES[schemeId.toLowerCase()];
    if (scheme === undefined) {
      return fail(
        io,
        `không có quy định “${schemeId}”`,
        `unknown scheme “${schemeId}” (${Object.keys(SCHEMES).join(', ')})`,
      );
    }
    const kind = values.kind as HostnameUnitKind | undefined;
    if (kind !== undefined && !KINDS.includes(kind)) {
      return fail(io, `loại đơn vị không hợp lệ “${kind}”`, `unknown kind “${kind}” (${KINDS.join(', ')})`);
    }
    if (values.json === true && values.format !== undefined && values.format !== 'json') {
      return fail(io, '--json và --format khác json không dùng cùng nhau', '--json conflicts with --format');
    }
    const format = values.json === true ? 'json' : (values.format ?? 'text');
    if (!['text', 'json', 'csv'].includes(format) || (format === 'csv' && values.plan === undefined)) {
      return fail(
        io,
        `--format không hợp lệ “${format}”`,
        `invalid --format “${format}” (csv only with --plan)`,
      );
    }

    if (values.validate !== undefined) {
      const r = validateHostname(values.validate, { scheme, ...(kind !== undefined ? { kind } : {}) });
      if (format === 'json') io.stdout(`${JSON.stringify(r, null, 2)}\n`);
      else {
        io.stdout(
          r.ok
            ? `${r.value.hostname}: ${lang === 'vi' ? 'hợp lệ' : 'valid'} (${lang === 'vi' ? 'cấp' : 'level'} ${r.value.level}${r.value.kinds.length > 0 ? `, ${r.value.kinds.join('/')}` : ''}${r.value.service !== undefined ? `, ${r.value.service}` : ''})\n`
            : `${values.validate}: ${lang === 'vi' ? 'không hợp lệ' : 'invalid'}\n`,
        );
        printIssues(io, r.issues, lang);
      }
      return r.ok ? 0 : 1;
    }

    if (values.plan !== undefined) {
      let overrides: Record<string, string> | undefined;
      if (values.overrides !== undefined) {
        try {
          const parsedJson: unknown = JSON.parse(await io.readText(values.overrides));
          if (parsedJson === null || typeof parsedJson !== 'object' || Array.isArray(parsedJson))
            throw new Error('not an object');
          overrides = Object.fromEntries(
            Object.entries(parsedJson as Record<string, unknown>).filter(
              (e): e is [string, string] => typeof e[1] === 'string',
            ),
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return fail(
            io,
            `không đọc được tệp --overrides: ${message}`,
            `cannot read --overrides: ${message}`,
          );
        }
      }
      const units = loadAdminUnits(data);
      const found = planUnitsOf(units, values.plan);
      if (!found.ok) {
        printIssues(io, found.issues, lang);
        return 2;
      }
      const plan = planHostnames(found.value.units, {
        scheme,
        ...(overrides !== undefined ? { overrides } : {}),
      });
      const collided = new Map<string, string>();
      for (const c of plan.collisions)
        for (const u of c.units) collided.set(`${u.unit.kind}:${u.unit.code ?? u.unit.name}`, c.label);
      if (format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              province: found.value.province,
              data: units.info,
              scheme: scheme.id,
              assignments: plan.assignments.map((a) => ({
                code: a.unit.code,
                name: a.unit.name,
                kind: a.unit.kind,
                hostname: a.hostname,
                label: a.label,
                baseLabel: a.baseLabel,
                strategy: a.strategy,
                reason: a.reason,
                citation: a.citation?.id,
              })),
              collisions: plan.collisions.map((c) => ({
                namespace: c.namespace,
                label: c.label,
                cause: c.cause,
                units: c.units.map((u) => ({
                  code: u.unit.code,
                  name: u.unit.name,
                  label: u.label,
                  strategy: u.strategy,
                })),
              })),
              issues: [...found.issues, ...plan.issues],
            },
            null,
            2,
          )}\n`,
        );
      } else if (format === 'csv') {
        // a merged or respelled province: the notice goes to stderr, the CSV stays clean
        printIssues(io, found.issues, lang);
        io.stdout('code,name,kind,hostname,label,strategy,collision,reason\n');
        for (const a of plan.assignments) {
          const row = [
            a.unit.code ?? '',
            a.unit.name,
            a.unit.kind,
            a.hostname,
            a.label,
            a.strategy,
            collided.get(`${a.unit.kind}:${a.unit.code ?? a.unit.name}`) ?? '',
            a.reason[lang],
          ];
          io.stdout(`${row.map(csvCell).join(',')}\n`);
        }
      } else {
        printIssues(io, found.issues, lang);
        for (const a of plan.assignments) {
          io.stdout(
            `${a.hostname.padEnd(44)} ${(a.unit.code ?? '').padEnd(6)} ${a.unit.name}  [${a.strategy}]\n`,
          );
        }
      }
      if (format !== 'json') {
        const count = plan.assignments.length;
        io.stderr(
          lang === 'vi'
            ? `${found.value.province.fullName}: ${count} tên miền, ${plan.collisions.length} trường hợp trùng nhãn (${scheme.id}, danh mục ${data})\n`
            : `${found.value.province.fullName}: ${count} host names, ${plan.collisions.length} collisions (${scheme.id}, ${data} list)\n`,
        );
        for (const c of plan.collisions) {
          io.stderr(
            `  ${c.label}.${c.namespace}: ${c.units.map((u) => `${u.unit.name} → ${u.label}`).join('; ')}\n`,
          );
        }
        printIssues(
          io,
          plan.issues.filter((i) => i.code !== 'domains.collision'),
          lang,
        );
      }
      return plan.issues.some((i) => i.severity === 'error') ? 1 : 0;
    }

    const name = positionals[0];
    if (name === undefined || positionals.length > 1) {
      return fail(
        io,
        'cần đúng một tên đơn vị (hoặc --plan / --validate)',
        'give exactly one unit name (or --plan / --validate)',
      );
    }
    const unitKind = kind ?? guessKind(name);
    const unit: HostnameUnit = {
      name,
      kind: unitKind,
      ...(values.english !== undefined ? { englishName: values.english } : {}),
    };
    const rule = scheme.rules.find((r) => r.kind === unitKind);
    const parents: HostnameUnit[] = [];
    for (const k of rule?.under ?? []) {
      const given = k === 'province' ? values.province : k === 'district' ? values.district : undefined;
      if (given === undefined) {
        return fail(
          io,
          `theo ${scheme.id}, ${unitKind} nằm dưới ${k}: hãy cho --${k}`,
          `under ${scheme.id} a ${unitKind} sits under a ${k}: pass --${k}`,
        );
      }
      parents.push({ name: given, kind: k });
    }
    const candidates = suggestLabels(unit, rule !== undefined ? { rule } : {});
    if (!candidates.ok) {
      printIssues(io, candidates.issues, lang);
      return 2;
    }
    const rows: { hostname: string; label: string; strategy: string; reason: { vi: string; en: string } }[] =
      [];
    for (const c of candidates.value) {
      const built = buildHostname({ unit: { ...unit, label: c.label }, parents, scheme });
      if (built.ok)
        rows.push({ hostname: built.value.hostname, label: c.label, strategy: c.strategy, reason: c.reason });
    }
    const best = buildHostname({ unit, parents, scheme });
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({ unit, scheme: scheme.id, citation: rule?.citation ?? scheme.citation, hostname: best.ok ? best.value.hostname : null, candidates: rows, issues: [...candidates.issues, ...best.issues] }, null, 2)}\n`,
      );
    } else {
      io.stdout(
        `${name} (${unitKind}) — ${scheme.id}${rule !== undefined ? ` ${rule.citation.id}: ${rule.pattern}` : ''}\n`,
      );
      rows.forEach((r, i) => {
        io.stdout(
          `${String(i + 1).padStart(2)}. ${r.hostname.padEnd(40)} [${r.strategy}] ${r.reason[lang]}\n`,
        );
      });
      printIssues(io, [...candidates.issues, ...best.issues], lang);
    }
    return best.ok ? 0 : 1;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      province: { type: 'string' },
      district: { type: 'string' },
      kind: { type: 'string' },
      english: { type: 'string' },
      scheme: { type: 'string' },
      plan: { type: 'string' },
      data: { type: 'string' },
      overrides: { type: 'string' },
      validate: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
}
