import { parseArgs } from 'node:util';
import { formatIssue, type Language, todayInVietnam } from '../../core/index.js';
import {
  calculateRoyalty,
  ROYALTY_REGIMES,
  type RoyaltyIncentiveInput,
  type RoyaltyInput,
  type RoyaltyModifierInput,
  type RoyaltySalaryDate,
} from '../../royalty/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const usage = `vn-portal-kit royalty: tính nhuận bút, tiền bản quyền / compute a royalty (nhuận bút, tiền bản quyền)

The commission date selects the regime (Nghị định 287/2026 Art. 19.1): ND 18/2014 for work commissioned
before 2026-09-01; from that day ND 287/2026 (the order/contract amount, or an agency's table).

Usage:
  vn-portal-kit royalty --genre <id> (--coefficient <n> | --grade <A|B|C> [--length <n>]) --commissioned <date> [options]
  vn-portal-kit royalty --genre <id> --contract-amount <vnd> --commissioned <date> [--incentive <ground=vnd>]
  vn-portal-kit royalty --list [--regime <id>]

Options:
  --genre <id>            genre of the regime's table (e.g. tin, tin-co-anh)
  --coefficient <n>       coefficient (hệ số), e.g. 1.5 or 1,5
  --grade <id>            grade (loại) instead of a coefficient; with --length for per-length genres
  --length <n>            length in the genre's units (e.g. half A4 pages)
  --date <YYYY-MM-DD>     publication date (default: today in Vietnam)
  --commissioned <date>   date of the assignment, order or bid (selects the regime; default: the publication
                          date, with a warning)
  --contract-amount <vnd> the order/contract amount (ND 287/2026 Art. 3.1, 14.1)
  --incentive <g=vnd>     incentive royalty (ND 287/2026 Art. 3.3), repeatable: investigative-reportage=300000,
                          state-profit=<profit>@<percent>
  --reissued <no@date>    the decision that reissued an ND 18/2014-based table, e.g. 45/2026/QĐ-UBND@2026-10-15
  --paid-on <YYYY-MM-DD>  payment date (checked against the 60-day limit)
  --salary-date <which>   published (default) or paid: which date selects the base salary
  --regime <id>           ${ROYALTY_REGIMES.map((r) => r.id).join(' | ')}
                          (default: by the commission date)
  --site <id>             site kind, e.g. department or district (Ninh Thuận: 20 %)
  --modifier <id[=pct]>   adjustment, repeatable: translation=50, children-ethnic=10, ...
  --lang <vi|en>          language of the text output (default vi)
  --json                  print the full result as JSON
  --list                  list the regimes (or one regime's genres, modifiers and sites)

Example:
  vn-portal-kit royalty --genre tin --coefficient 1.5 --commissioned 2026-08-20 --date 2026-11-25
  vn-portal-kit royalty --genre tin --contract-amount 400000 --commissioned 2026-11-02 --date 2026-11-25
  vn-portal-kit royalty --regime ninh-thuan-23-2020 --genre tin-co-anh --site department --commissioned 2026-06-20 --date 2026-06-30

Exit codes: 0 computed, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'royalty', vi, en);
}

function listRegimes(io: CliIO, regimeId: string | undefined, lang: Language): number {
  if (regimeId === undefined) {
    for (const r of ROYALTY_REGIMES) io.stdout(`${r.id.padEnd(22)} ${r.name[lang]} (${r.citation.id})\n`);
    return 0;
  }
  const r = ROYALTY_REGIMES.find((x) => x.id === regimeId);
  if (r === undefined) return fail(io, `không có chế độ ${regimeId}`, `unknown regime ${regimeId}`);
  io.stdout(`${r.name[lang]} (${r.citation.id})\n`);
  io.stdout(lang === 'vi' ? '\nThể loại:\n' : '\nGenres:\n');
  for (const g of r.genres) {
    const range =
      g.grades !== undefined
        ? `${g.grades.map((x) => `${x.id} ${x.coefficient}`).join(' / ')} ≤ ${g.max ?? ''}`
        : `${g.min ?? 0}–${g.max ?? r.cap?.groups.find((c) => c.group === g.group)?.max ?? ''}`;
    io.stdout(`  ${g.id.padEnd(24)} ${range.padEnd(28)} ${g.name[lang]}\n`);
  }
  if (r.modifiers.length > 0) {
    io.stdout(lang === 'vi' ? '\nĐiều chỉnh (--modifier):\n' : '\nModifiers (--modifier):\n');
    for (const m of r.modifiers)
      io.stdout(`  ${m.id.padEnd(24)} ${`${m.min}–${m.max} %`.padEnd(28)} ${m.name[lang]}\n`);
  }
  if (r.sites.length > 0) {
    io.stdout(lang === 'vi' ? '\nLoại trang (--site):\n' : '\nSites (--site):\n');
    for (const s of r.sites) io.stdout(`  ${s.id.padEnd(24)} ${`${s.share} %`.padEnd(28)} ${s.name[lang]}\n`);
  }
  return 0;
}

/**
 * `vn-portal-kit royalty`: computes a royalty (nhuận bút) with its bilingual breakdown, or lists the shipped
 * regimes.
 */
export const royaltyCommand: CliCommand = {
  name: 'royalty',
  summary:
    'compute a royalty (nhuận bút, tiền bản quyền) with its breakdown (ND 287/2026, ND 18/2014, provincial tables)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'royalty', () => parse(args));
    if (parsed === undefined) return 2;
    const { values } = parsed;
    const lang = languageOrUsageError(io, 'royalty', values.lang);
    if (lang === undefined) return 2;
    if (values.list) return listRegimes(io, values.regime, lang);
    if (values.genre === undefined) return fail(io, 'thiếu --genre', 'missing --genre');
    if (
      values['salary-date'] !== undefined &&
      values['salary-date'] !== 'published' &&
      values['salary-date'] !== 'paid'
    ) {
      return fail(io, '--salary-date phải là published hoặc paid', '--salary-date must be published or paid');
    }
    const modifiers: RoyaltyModifierInput[] = [];
    for (const m of values.modifier ?? []) {
      const eq = m.indexOf('=');
      modifiers.push(eq < 0 ? { id: m } : { id: m.slice(0, eq), percent: m.slice(eq + 1) });
    }
    const input: { -readonly [K in keyof RoyaltyInput]: RoyaltyInput[K] } = {
      genre: values.genre,
      publishedOn: values.date ?? todayInVietnam(),
    };
    if (values.regime !== undefined) input.regime = values.regime;
    if (values.coefficient !== undefined) input.coefficient = values.coefficient;
    if (values.grade !== undefined) input.grade = values.grade;
    if (values.length !== undefined) input.length = values.length;
    if (values['paid-on'] !== undefined) input.paidOn = values['paid-on'];
    if (values['salary-date'] !== undefined) input.salaryDate = values['salary-date'] as RoyaltySalaryDate;
    if (values.site !== undefined) input.site = values.site;
    if (modifiers.length > 0) input.modifiers = modifiers;
    if (values.commissioned !== undefined) input.commissionedOn = values.commissioned;
    if (values['contract-amount'] !== undefined) input.contractAmount = values['contract-amount'];
    const incentives: RoyaltyIncentiveInput[] = [];
    for (const m of values.incentive ?? []) {
      const eq = m.indexOf('=');
      if (eq < 0)
        return fail(io, `--incentive cần dạng căn-cứ=số-tiền: ${m}`, `--incentive needs ground=amount: ${m}`);
      const ground = m.slice(0, eq);
      const amount = m.slice(eq + 1);
      const at = amount.indexOf('@');
      // state-profit=<profit>@<percent> (Art. 3.3.c: at most 10 % of the State's profit)
      incentives.push(
        at > 0 ? { ground, profit: amount.slice(0, at), percent: amount.slice(at + 1) } : { ground, amount },
      );
    }
    if (incentives.length > 0) input.incentives = incentives;
    if (values.reissued !== undefined) {
      const at = values.reissued.lastIndexOf('@');
      if (at < 1) return fail(io, '--reissued cần dạng số@ngày', '--reissued needs number@date');
      input.reissuedBasis = {
        number: values.reissued.slice(0, at),
        effectiveFrom: values.reissued.slice(at + 1),
      };
    }
    const r = calculateRoyalty(input);
    if (values.json) {
      io.stdout(
        `${JSON.stringify(r.ok ? { ok: true, ...r.value } : { ok: false, issues: r.issues }, null, 2)}\n`,
      );
      return r.ok ? 0 : 2;
    }
    if (!r.ok) {
      for (const i of r.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return 2;
    }
    const v = r.value;
    const newRules = ROYALTY_REGIMES.find((x) => x.id === v.regime)?.legalBasis === 'nd287-2026';
    const label = lang === 'vi' ? (newRules ? 'Tiền bản quyền' : 'Nhuận bút') : 'Royalty';
    const grouped = String(v.amount).replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',');
    const amount = lang === 'vi' ? `${grouped} đ` : `${grouped} VND`;
    io.stdout(`${label}: ${amount}\n`);
    for (const l of v.breakdown) io.stdout(`  ${l.text[lang]}\n`);
    io.stdout(
      `${lang === 'vi' ? 'Căn cứ' : 'Basis'}: ${v.citation.id}${v.citation.note ? ` (${v.citation.note})` : ''}\n`,
    );
    for (const w of v.warnings) io.stdout(`${formatIssue(w, lang)}\n`);
    return 0;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      genre: { type: 'string' },
      coefficient: { type: 'string' },
      grade: { type: 'string' },
      length: { type: 'string' },
      date: { type: 'string' },
      'paid-on': { type: 'string' },
      commissioned: { type: 'string' },
      'contract-amount': { type: 'string' },
      incentive: { type: 'string', multiple: true },
      reissued: { type: 'string' },
      'salary-date': { type: 'string' },
      regime: { type: 'string' },
      site: { type: 'string' },
      modifier: { type: 'string', multiple: true },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      list: { type: 'boolean' },
    },
  });
}
