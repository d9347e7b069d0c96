import * as z from 'zod';
import { deadlineRuleSchema as calendarDeadlineRuleSchema } from '../../calendar/deadlineRuleSchema.js';
import type { DeadlineRule } from '../../calendar/index.js';
import type { Citation, LocalizedText } from '../../core/index.js';

/** Internal zod schemas of the core contracts the workflow policies embed (not exported from the index). */
export const citationSchema: z.ZodType<Citation> = /* @__PURE__ */ (() =>
  z.object({
    id: z.string().min(1).max(200),
    note: z.string().max(2000).optional(),
  }) as z.ZodType<Citation>)();

export const localizedTextSchema: z.ZodType<LocalizedText> = /* @__PURE__ */ (() =>
  z.object({
    vi: z.string().min(1).max(2000),
    en: z.string().min(1).max(2000),
  }))();

/** The calendar's one definition of a deadline rule (`checkDeadlineRule`), as a zod schema. */
export const deadlineRuleSchema: z.ZodType<DeadlineRule> = /* @__PURE__ */ (() =>
  calendarDeadlineRuleSchema())();

/** Role ids and other identifiers of policy data: short, ASCII, kebab-case. */
export const idSchema: z.ZodString = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))();
