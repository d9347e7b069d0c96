import * as z from 'zod';
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

const hhmm = /* @__PURE__ */ (() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/))();

export const deadlineRuleSchema: z.ZodType<DeadlineRule> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('working-days'),
      days: z.number().int().min(0).max(3650),
      clockStartsAt: hhmm.optional(),
    }),
    z.object({ kind: z.literal('calendar-days'), days: z.number().int().min(0).max(36500) }),
    z.object({ kind: z.literal('working-hours'), hours: z.number().int().min(0).max(10000) }),
    z.object({ kind: z.literal('same-day') }),
    z.object({ kind: z.literal('immediately') }),
    z.object({ kind: z.literal('day-of-month'), day: z.number().int().min(1).max(31) }),
  ]) as z.ZodType<DeadlineRule>)();

/** Role ids and other identifiers of policy data: short, ASCII, kebab-case. */
export const idSchema: z.ZodString = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))();
