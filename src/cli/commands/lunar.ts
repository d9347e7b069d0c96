import { parseArgs } from 'node:util';
import { getDayInfo, lunarToSolar, lunarYearName, solarToLunar } from '../../calendar/index.js';
import { formatIssue, todayInVietnam } from '../../core/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const usage = `vn-portal-kit lunar: đổi ngày dương lịch ↔ âm lịch / solar ↔ Vietnamese lunar date (UTC+07:00)

Usage:
  vn-portal-kit lunar [<YYYY-MM-DD>] [options]        solar → lunar (default: today in Vietnam)
  vn-portal-kit lunar --to-solar <YYYY-MM-DD> [--leap] lunar (year-month-day) → solar

Options:
  --to-solar <Y-M-D>  convert a lunar date to the solar calendar
  --leap              with --to-solar: the leap month (tháng nhuận)
  --lang <vi|en>      language of the text output (default vi)
  --json              print the result as JSON

Example:
  vn-portal-kit lunar 2026-11-25
  vn-portal-kit lunar --to-solar 2027-01-01

Exit codes: 0 converted, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'lunar', vi, en);
}

const MONTH_VI = (m: number): string => (m === 1 ? 'Giêng' : m === 12 ? 'Chạp' : String(m));

/** `vn-portal-kit lunar <date>`: converts between the solar and the Vietnamese lunar calendar. */
export const lunarCommand: CliCommand = {
  name: 'lunar',
  summary: 'solar ↔ Vietnamese lunar date (âm lịch, UTC+07:00, 1900–2199)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'lunar', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    const lang = languageOrUsageError(io, 'lunar', values.lang);
    if (lang === undefined) return 2;
    if (positionals.length > 1) return fail(io, 'chỉ nhận một ngày', 'expected one date');
    const report = (issues: readonly import('../../core/index.js').Issue[]): number => {
      if (values.json) io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
      else for (const i of issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return 2;
    };
    if (values['to-solar'] !== undefined) {
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(values['to-solar']);
      if (!m) return fail(io, 'ngày âm lịch cần dạng YYYY-MM-DD', 'the lunar date must be YYYY-MM-DD');
      const lunar = {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        leap: values.leap === true,
      };
      const r = lunarToSolar(lunar);
      if (!r.ok) return report(r.issues);
      if (values.json) {
        io.stdout(`${JSON.stringify({ ok: true, lunar, solar: r.value }, null, 2)}\n`);
        return 0;
      }
      const info = getDayInfo(r.value);
      const label = info.ok ? info.value.label[lang] : r.value;
      io.stdout(
        lang === 'vi'
          ? `Ngày ${lunar.day} tháng ${MONTH_VI(lunar.month)}${lunar.leap ? ' nhuận' : ''} năm ${lunarYearName(lunar.year).vi} (${lunar.year}) âm lịch = ${label}\n`
          : `Lunar ${lunar.year}-${lunar.month}-${lunar.day}${lunar.leap ? ' (leap month)' : ''} = ${label}\n`,
      );
      return 0;
    }
    const date = positionals[0] ?? todayInVietnam();
    const r = solarToLunar(date);
    if (!r.ok) return report(r.issues);
    const l = r.value;
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ ok: true, solar: date, lunar: l, yearName: lunarYearName(l.year) }, null, 2)}\n`,
      );
      return 0;
    }
    const info = getDayInfo(date);
    const label = info.ok ? info.value.label[lang] : date;
    io.stdout(
      lang === 'vi'
        ? `${label} = ngày ${l.day} tháng ${MONTH_VI(l.month)}${l.leap ? ' nhuận' : ''} năm ${lunarYearName(l.year).vi} (âm lịch)\n`
        : `${label} = lunar day ${l.day} of month ${l.month}${l.leap ? ' (leap)' : ''}, year ${lunarYearName(l.year).en}\n`,
    );
    return 0;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      'to-solar': { type: 'string' },
      leap: { type: 'boolean' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}
