import { parseArgs } from 'node:util';
import { computeDeadline, createCalendar, type DeadlineRule, type VnCalendar } from '../../calendar/index.js';
import { formatIssue, formatVnDateTime, type Issue } from '../../core/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const usage = `vn-portal-kit deadline: tính hạn theo ngày làm việc của cơ quan nhà nước / compute a regulatory deadline

Usage:
  vn-portal-kit deadline <start> <rule> [options]

<start> is a date YYYY-MM-DD or a date-time (2026-04-24T14:00, Vietnamese time unless an offset is given).
Rule (exactly one):
  --working-days <n>     n working days, the start day excluded (BLDS 2015 Art. 147.2-147.3)
  --calendar-days <n>    n calendar days, rolled forward off a day off (Art. 148.5)
  --working-hours <h>    h office hours inside the office-hour windows (TN-40-2012/10.2)
  --same-day             by the end of the start day
  --immediately          at once
  --day-of-month <d>     by day d of the month (a shorter month: its last day)
Options:
  --clock-starts-at <HH:MM>  with --working-days: day 1 starts at this hour (TN-40-2012/14.4.c)
  --culture-day          count the pending Ngày Văn hóa Việt Nam (24/11) as a holiday
  --lang <vi|en>         language of the text output (default vi)
  --json                 print the deadline with its trace as JSON

Example:
  vn-portal-kit deadline 2026-04-24 --working-days 7

Exit codes: 0 computed, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'deadline', vi, en);
}

const INT = /^-?\d{1,7}$/;
const NUM = /^\d{1,6}(?:[.,]\d{1,4})?$/;

/** `vn-portal-kit deadline <start> --working-days <n>`: the due date and the bilingual trace. */
export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: 'compute a deadline in working days, calendar days or office hours, with its trace',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'deadline', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    const lang = languageOrUsageError(io, 'deadline', values.lang);
    if (lang === undefined) return 2;
    if (positionals.length !== 1)
      return fail(io, 'cần đúng một ngày bắt đầu', 'expected exactly one start date');
    const start = positionals[0] as string;
    const rules: DeadlineRule[] = [];
    const int = (s: string, flag: string): number | undefined => {
      if (INT.test(s)) return Number(s);
      fail(io, `${flag} cần một số nguyên`, `${flag} needs an integer`);
      return undefined;
    };
    if (values['working-days'] !== undefined) {
      const n = int(values['working-days'], '--working-days');
      if (n === undefined) return 2;
      rules.push(
        values['clock-starts-at'] === undefined
          ? { kind: 'working-days', days: n }
          : { kind: 'working-days', days: n, clockStartsAt: values['clock-starts-at'] },
      );
    } else if (values['clock-starts-at'] !== undefined) {
      return fail(
        io,
        '--clock-starts-at chỉ dùng với --working-days',
        '--clock-starts-at needs --working-days',
      );
    }
    if (values['calendar-days'] !== undefined) {
      const n = int(values['calendar-days'], '--calendar-days');
      if (n === undefined) return 2;
      rules.push({ kind: 'calendar-days', days: n });
    }
    if (values['working-hours'] !== undefined) {
      if (!NUM.test(values['working-hours']))
        return fail(io, '--working-hours cần một số', '--working-hours needs a number');
      rules.push({ kind: 'working-hours', hours: Number(values['working-hours'].replace(',', '.')) });
    }
    if (values['day-of-month'] !== undefined) {
      const n = int(values['day-of-month'], '--day-of-month');
      if (n === undefined) return 2;
      rules.push({ kind: 'day-of-month', day: n });
    }
    if (values['same-day']) rules.push({ kind: 'same-day' });
    if (values.immediately) rules.push({ kind: 'immediately' });
    if (rules.length !== 1)
      return fail(
        io,
        'cần đúng một quy tắc (vd. --working-days 7)',
        'expected exactly one rule (e.g. --working-days 7)',
      );
    const options: { calendar?: VnCalendar } = values['culture-day']
      ? { calendar: createCalendar({ pendingHolidays: { vietnamCultureDay: true } }) }
      : {};
    const r = computeDeadline(start, rules[0] as DeadlineRule, options);
    if (!r.ok) {
      const issues: readonly Issue[] = r.issues;
      if (values.json) io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
      else for (const i of issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return 2;
    }
    const d = r.value;
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ ok: true, ...d, start: { date: d.start.date, at: formatVnDateTime(d.start.at) }, dueAt: formatVnDateTime(d.dueAt) }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(
      `${lang === 'vi' ? 'Hạn' : 'Due'}: ${d.dueDate} (${lang === 'vi' ? 'đến' : 'until'} ${formatVnDateTime(d.dueAt)})\n`,
    );
    for (const s of d.trace) io.stdout(`  ${s.message[lang]}${s.citation ? ` [${s.citation.id}]` : ''}\n`);
    return 0;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      'working-days': { type: 'string' },
      'calendar-days': { type: 'string' },
      'working-hours': { type: 'string' },
      'day-of-month': { type: 'string' },
      'same-day': { type: 'boolean' },
      immediately: { type: 'boolean' },
      'clock-starts-at': { type: 'string' },
      'culture-day': { type: 'boolean' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}
