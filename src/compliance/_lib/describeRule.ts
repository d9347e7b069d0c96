import type { DeadlineRule } from '../../calendar/index.js';
import type { LocalizedText } from '../../core/index.js';

/** A deadline rule in words: "7 ngày làm việc" / "7 working days". */
export function describeRule(rule: DeadlineRule): LocalizedText {
  switch (rule.kind) {
    case 'working-days':
      return {
        vi: `${rule.days} ngày làm việc${rule.clockStartsAt ? ` (tính từ ${rule.clockStartsAt})` : ''}`,
        en: `${rule.days} working day${rule.days === 1 ? '' : 's'}${rule.clockStartsAt ? ` (from ${rule.clockStartsAt})` : ''}`,
      };
    case 'calendar-days':
      return { vi: `${rule.days} ngày`, en: `${rule.days} calendar day${rule.days === 1 ? '' : 's'}` };
    case 'working-hours':
      return {
        vi: `${rule.hours} giờ hành chính`,
        en: `${rule.hours} office hour${rule.hours === 1 ? '' : 's'}`,
      };
    case 'same-day':
      return { vi: 'trong ngày', en: 'the same day' };
    case 'immediately':
      return { vi: 'ngay lập tức', en: 'immediately' };
    case 'day-of-month':
      return { vi: `chậm nhất ngày ${rule.day} hằng tháng`, en: `by day ${rule.day} of each month` };
  }
}
