import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, civilDate, files, numberSymbol, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * Kinds of direction-and-administration items (VP-32-2023/5.3, ND 43/2011 Art. 10.1.c, TN-40-2012/4.2): the
 * leaders' written directions, responses to petitions, work schedules, citizen-reception schedules, rewards
 * and sanctions of organisations and businesses, new personnel, new documents and policies.
 *
 * @example
 * ```ts
 * import { DIRECTION_KINDS } from 'vn-portal-kit/categories';
 * DIRECTION_KINDS.includes('work-schedule') //=> true
 * ```
 */
export const DIRECTION_KINDS = [
  'direction',
  'petition-response',
  'work-schedule',
  'citizen-reception-schedule',
  'reward',
  'sanction',
  'personnel',
  'new-policy',
] as const;

/**
 * One entry of a leader's work schedule or citizen-reception schedule: day, time, what, who, where.
 *
 * @example
 * ```ts
 * import { ScheduleEntrySchema } from 'vn-portal-kit/categories';
 * ScheduleEntrySchema.safeParse({ date: '2026-11-25', time: '08:00', activity: 'Tiếp công dân định kỳ', leaders: ['Chủ tịch UBND tỉnh'] }).success //=> true
 * ```
 */
export const ScheduleEntrySchema = /* @__PURE__ */ (() =>
  z.object({
    date: civilDate(),
    time: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    activity: text(2000),
    leaders: z.array(text(300)).min(1).max(50),
    location: text(500).optional(),
    participants: text(2000).optional(),
  }))();

/**
 * A schedule entry, as {@link ScheduleEntrySchema} parses it.
 *
 * @example
 * ```ts
 * import type { ScheduleEntry } from 'vn-portal-kit/categories';
 * const keys: (keyof ScheduleEntry)[] = ['date'];
 * keys //=> ['date']
 * ```
 */
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;

const scheduleShape = /* @__PURE__ */ (() => ({
  kind: z.enum(['work-schedule', 'citizen-reception-schedule']),
  weekOf: civilDate().optional(),
  entries: z.array(ScheduleEntrySchema).min(1).max(1000),
}))();
const otherShape = /* @__PURE__ */ (() => ({
  kind: z.enum(['direction', 'petition-response', 'reward', 'sanction', 'personnel', 'new-policy']),
  body: body(),
  numberSymbol: numberSymbol().optional(),
  signer: text(300).optional(),
  files: files().optional(),
}))();

/**
 * A direction-and-administration item: a schedule (`kind` `work-schedule` or `citizen-reception-schedule`,
 * with its entries) or a written item (direction, response to a petition, reward, sanction, personnel,
 * new policy) with its body, number-symbol, signer and files.
 *
 * @see VP-32-2023/5.3
 * @see ND-43-2011/10.1.c
 * @see TN-40-2012/4.2
 * @example
 * ```ts
 * import { DirectionItemSchema } from 'vn-portal-kit/categories';
 * DirectionItemSchema.safeParse({ title: 'Lịch công tác tuần 48', kind: 'work-schedule', entries: [{ date: '2026-11-23', activity: 'Họp UBND', leaders: ['Chủ tịch'] }] }).success //=> true
 * DirectionItemSchema.safeParse({ title: 'Chỉ đạo', kind: 'direction' }).success //=> false
 * ```
 */
export const DirectionItemSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    ContentItemBaseSchema.extend(scheduleShape),
    ContentItemBaseSchema.extend(otherShape),
  ]))();

/**
 * A direction item, as {@link DirectionItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { DirectionItem } from 'vn-portal-kit/categories';
 * const keys: (keyof DirectionItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type DirectionItem = z.infer<typeof DirectionItemSchema>;

export const directionCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'direction',
    schema: DirectionItemSchema,
    shapes: [scheduleShape, otherShape],
    meta: {
      kind: ['Loại thông tin', 'Kind', 'VP-32-2023/5.3'],
      weekOf: ['Tuần', 'Week of', 'VP-32-2023/5.3'],
      entries: ['Lịch làm việc, lịch tiếp công dân', 'Schedule entries', 'VP-32-2023/5.3'],
      body: ['Nội dung', 'Body', 'VP-32-2023/5.3'],
      numberSymbol: ['Số, ký hiệu', 'Number and symbol', 'ND-30-2020/PL-I'],
      signer: ['Người ký', 'Signer', 'VP-32-2023/5.3'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.3'],
    },
    fieldLists: [
      ['VP-32-2023/5.3', ['kind', 'entries', 'body']],
      ['ND-43-2011/10.1.c', ['kind', 'entries', 'body']],
    ],
    citations: ['ND-43-2011/10.1.c', 'VP-32-2023/5.3', 'TN-40-2012/4.2'],
  }))();
