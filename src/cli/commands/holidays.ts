import { parseArgs } from 'node:util';
import { createCalendar, getHolidays, getWorkedSaturdays, type VnCalendar } from '../../calendar/index.js';
import { formatIssue, todayInVietnam } from '../../core/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const usage = `vn-portal-kit holidays: ngày nghỉ của cơ quan nhà nước / state-agency days off of a year

Usage:
  vn-portal-kit holidays [<year>] [options]

Options:
  --culture-day   include the pending Ngày Văn hóa Việt Nam (24/11), not enacted yet
  --lang <vi|en>  language of the text output (default vi)
  --json          print the holidays and worked Saturdays as JSON

Example:
  vn-portal-kit holidays 2026

Years 2019–2026 follow the official schedules; other years (2007–2199) are provisional, from the rules.
Exit codes: 0 listed, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'holidays', vi, en);
}

const KIND: Record<string, { vi: string; en: string }> = {
  statutory: { vi: 'nghỉ lễ', en: 'holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory' },
  'swap-day-off': { vi: 'hoán đổi', en: 'swap' },
};

/** `vn-portal-kit holidays <year>`: every state-agency day off of a year, with kind, status and basis. */
export const holidaysCommand: CliCommand = {
  name: 'holidays',
  summary: 'state-agency days off of a year: holidays, nghỉ bù, swaps (BLLD 2019 Art. 112)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'holidays', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    const lang = languageOrUsageError(io, 'holidays', values.lang);
    if (lang === undefined) return 2;
    if (positionals.length > 1) return fail(io, 'chỉ nhận một năm', 'expected one year');
    const text = positionals[0] ?? todayInVietnam().slice(0, 4);
    if (!/^\d{4}$/.test(text))
      return fail(io, `năm không hợp lệ: ${text.slice(0, 20)}`, `invalid year: ${text.slice(0, 20)}`);
    const year = Number(text);
    const options: { calendar?: VnCalendar } = values['culture-day']
      ? { calendar: createCalendar({ pendingHolidays: { vietnamCultureDay: true } }) }
      : {};
    const holidays = getHolidays(year, options);
    const worked = getWorkedSaturdays(year, options);
    if (!holidays.ok || !worked.ok) {
      const issues = holidays.ok ? (worked.ok ? [] : worked.issues) : holidays.issues;
      if (values.json) io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
      else for (const i of issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return 2;
    }
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ ok: true, year, holidays: holidays.value, workedSaturdays: worked.value }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(
      lang === 'vi' ? `Ngày nghỉ của cơ quan nhà nước năm ${year}\n` : `State-agency days off in ${year}\n`,
    );
    for (const h of holidays.value) {
      const mark = h.status === 'official' ? '' : lang === 'vi' ? ' [dự kiến]' : ' [provisional]';
      const rest = h.onRestDay
        ? lang === 'vi'
          ? ' (trùng ngày nghỉ hằng tuần)'
          : ' (on a weekly rest day)'
        : '';
      io.stdout(
        `  ${h.date}  ${(KIND[h.kind]?.[lang] ?? h.kind).padEnd(12)} ${h.name[lang]}${rest}${mark}  (${h.citation.id})\n`,
      );
    }
    if (worked.value.length > 0) {
      io.stdout(lang === 'vi' ? 'Ngày làm việc bù:\n' : 'Worked Saturdays:\n');
      for (const w of worked.value) io.stdout(`  ${w.date}  ${w.name[lang]}  (${w.citation.id})\n`);
    }
    return 0;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      'culture-day': { type: 'boolean' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}
