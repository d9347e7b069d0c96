// CommonJS: require the calendar by name; bad input is a coded issue, never a wrong date.
const { addWorkingDays, computeDeadline, getHolidaysOrThrow } = require('vn-portal-kit/calendar');
const assert = require('node:assert/strict');

// Fri 2026-08-28 + 3 working days: swap day 31/8, then Quốc khánh 1–2/9 → Mon 2026-09-07.
const r = computeDeadline('2026-08-28', { kind: 'working-days', days: 3 });
assert.equal(r.ok && r.value.dueDate, '2026-09-07');
assert.equal(addWorkingDays('2026-02-30', 1).issues[0].code, 'calendar.date-invalid');
assert.deepEqual(
  getHolidaysOrThrow(2026)
    .filter((h) => h.kind === 'swap-day-off')
    .map((h) => h.date),
  ['2026-01-02', '2026-08-31'],
);
console.log('calendar (CJS):', r.ok && r.value.dueDate);
