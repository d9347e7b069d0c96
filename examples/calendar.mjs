// ESM: import the calendar by name; a worked example of facts/calendar.md (start day excluded, official data).

import assert from 'node:assert/strict';
import { addWorkingDaysOrThrow, computeDeadlineOrThrow, solarToLunarOrThrow } from 'vn-portal-kit/calendar';

// Wed 2026-02-11 + 5 working days: the Tết block 14–22/2 is skipped → Wed 2026-02-25.
assert.equal(addWorkingDaysOrThrow('2026-02-11', 5), '2026-02-25');
const d = computeDeadlineOrThrow('2026-04-12', { kind: 'calendar-days', days: 15 });
assert.equal(d.dueDate, '2026-04-28'); // 27/4 is nghỉ bù for Giỗ Tổ (Sunday 26/4): rolled forward
assert.deepEqual(solarToLunarOrThrow('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
console.log('calendar (ESM):', d.dueDate, d.trace.at(-1).message.en);
