import { parseArgs } from 'node:util';
import { formatIssue, type Language } from '../../core/index.js';
import { type DocumentNumber, type DocumentNumberForm, parseDocumentNumber } from '../../documents/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const usage = `vn-portal-kit docnum: phân tích số, ký hiệu văn bản / parse a document number-symbol (ND 30/2020)

Usage:
  vn-portal-kit docnum <số, ký hiệu> [<số, ký hiệu> …] [options]

Options:
  --lang <vi|en>  language of the text output (default vi)
  --json          print the results as JSON

Examples:
  vn-portal-kit docnum "Số: 1347 /QĐ-UBND"
  vn-portal-kit docnum 32/2023/QĐ-UBND 19/2012/TTLT-BTC-BKHĐT-BTTTT 60-NQ/TW --json

Exit codes: 0 every number parsed (warnings allowed), 2 a number could not be parsed or usage error.
`;

const FORM_NAMES: Readonly<Record<DocumentNumberForm, { vi: string; en: string }>> = {
  administrative: { vi: 'văn bản hành chính', en: 'administrative document' },
  'official-letter': { vi: 'công văn', en: 'official letter' },
  normative: { vi: 'văn bản quy phạm pháp luật', en: 'legal normative document' },
  'national-assembly': {
    vi: 'văn bản của Quốc hội / Ủy ban Thường vụ Quốc hội',
    en: 'act of the National Assembly',
  },
  party: { vi: 'văn bản của Đảng', en: 'Party document' },
};

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'docnum', vi, en);
}

function describe(v: DocumentNumber, lang: Language): string[] {
  const vi = lang === 'vi';
  const lines = [
    `  ${vi ? 'Dạng' : 'Form'}: ${FORM_NAMES[v.form][lang]}`,
    `  ${vi ? 'Số' : 'Number'}: ${v.number}`,
  ];
  if (v.year !== undefined) lines.push(`  ${vi ? 'Năm' : 'Year'}: ${v.year}`);
  if (v.type) lines.push(`  ${vi ? 'Loại' : 'Type'}: ${v.type.code} (${v.type.name[lang]})`);
  lines.push(`  ${vi ? 'Cơ quan ban hành' : 'Issuer'}: ${v.issuers.join(', ')}`);
  if (v.legislature !== undefined) lines.push(`  ${vi ? 'Khóa' : 'Legislature'}: ${v.legislature}`);
  if (v.units.length > 0) lines.push(`  ${vi ? 'Đơn vị soạn thảo' : 'Drafting unit'}: ${v.units.join(', ')}`);
  lines.push(
    `  ${vi ? 'Quy phạm pháp luật' : 'Normative'}: ${v.isNormative ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no'}`,
  );
  return lines;
}

/** `vn-portal-kit docnum <number-symbol>`: parses and normalises document number-symbols. */
export const docnumCommand: CliCommand = {
  name: 'docnum',
  summary: 'parse a document number-symbol (số, ký hiệu: 1347/QĐ-UBND, 32/2023/QĐ-UBND, 60-NQ/TW)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'docnum', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    const lang = languageOrUsageError(io, 'docnum', values.lang);
    if (lang === undefined) return 2;
    if (positionals.length === 0)
      return fail(io, 'thiếu số, ký hiệu cần phân tích', 'no number-symbol given');
    const results = positionals.map((input) => ({ input, result: parseDocumentNumber(input) }));
    const allOk = results.every((r) => r.result.ok);
    if (values.json) {
      const out = results.map(({ input, result }) =>
        result.ok
          ? { input, ok: true, value: result.value, issues: result.issues }
          : { input, ok: false, issues: result.issues },
      );
      io.stdout(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
      return allOk ? 0 : 2;
    }
    for (const { input, result } of results) {
      if (result.ok) {
        io.stdout(
          `${result.value.text}${result.value.text !== input ? `  (${lang === 'vi' ? 'từ' : 'from'} ${JSON.stringify(input)})` : ''}\n`,
        );
        io.stdout(`${describe(result.value, lang).join('\n')}\n`);
        for (const i of result.issues) io.stdout(`  ${formatIssue(i, lang)}\n`);
      } else {
        io.stderr(`${JSON.stringify(input)}\n`);
        for (const i of result.issues) io.stderr(`  ${formatIssue(i, lang)}\n`);
      }
    }
    return allOk ? 0 : 2;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  });
}
