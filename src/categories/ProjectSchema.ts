import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, period, text, vnd } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * The project lists: calling for investment, newly invested, in preparation, in progress, completed
 * (VP-32-2023/5.8.a, ND 43/2011 Art. 10.1.h, QN-3069-2021/7.2.d).
 *
 * @example
 * ```ts
 * import { PROJECT_LISTS } from 'vn-portal-kit/categories';
 * PROJECT_LISTS.length //=> 5
 * ```
 */
export const PROJECT_LISTS = [
  'calling-for-investment',
  'newly-invested',
  'in-preparation',
  'in-progress',
  'completed',
] as const;

const shape = /* @__PURE__ */ (() => ({
  list: z.enum(PROJECT_LISTS).optional(),
  name: text(1000),
  objective: body(),
  field: text(300),
  projectType: text(300).optional(),
  projectGroup: z.enum(['national-importance', 'A', 'B', 'C']).optional(),
  duration: z.union([text(200), period()]),
  budget: vnd().optional(),
  fundingType: text(300).optional(),
  capitalSource: text(500).optional(),
  sponsor: text(500).optional(),
  status: text(300).optional(),
}))();

/**
 * A project or investment item with both field lists of the regulations: VP-32-2023/5.8.b and ND 43/2011 Art.
 * 10.1.h (name, main objective, field, project type, duration, budget, funding type, sponsor, status) and
 * QN-3069-2021/7.2.d for public-investment projects (name, objective, field, project group, duration,
 * capital source). The schema requires what both lists share; each list is a field list of the category.
 *
 * @see VP-32-2023/5.8.b
 * @see ND-43-2011/10.1.h
 * @see QN-3069-2021/7.2.d
 * @example
 * ```ts
 * import { ProjectSchema } from 'vn-portal-kit/categories';
 * ProjectSchema.safeParse({ title: 'Đường tỉnh 925', name: 'Đường tỉnh 925', objective: 'Kết nối…', field: 'Giao thông', duration: '2024–2027', projectGroup: 'B', capitalSource: 'Ngân sách tỉnh', list: 'in-progress' }).success //=> true
 * ```
 */
export const ProjectSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A project, as {@link ProjectSchema} parses it.
 *
 * @example
 * ```ts
 * import type { Project } from 'vn-portal-kit/categories';
 * const keys: (keyof Project)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type Project = z.infer<typeof ProjectSchema>;

export const projectsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'projects',
    schema: ProjectSchema,
    shapes: [shape],
    meta: {
      list: ['Danh sách', 'List', 'VP-32-2023/5.8.a'],
      name: ['Tên dự án', 'Name', 'VP-32-2023/5.8.b'],
      objective: ['Mục tiêu chính', 'Main objective', 'VP-32-2023/5.8.b'],
      field: ['Lĩnh vực chuyên môn', 'Field', 'VP-32-2023/5.8.b'],
      projectType: ['Loại dự án', 'Project type', 'VP-32-2023/5.8.b'],
      projectGroup: ['Nhóm dự án', 'Project group', 'QN-3069-2021/7.2.d'],
      duration: ['Thời gian thực hiện', 'Duration', 'VP-32-2023/5.8.b'],
      budget: ['Kinh phí dự toán', 'Budget (VND)', 'VP-32-2023/5.8.b'],
      fundingType: ['Loại hình tài trợ', 'Funding type', 'VP-32-2023/5.8.b'],
      capitalSource: ['Nguồn vốn', 'Capital source', 'QN-3069-2021/7.2.d'],
      sponsor: ['Nhà tài trợ', 'Sponsor', 'VP-32-2023/5.8.b'],
      status: ['Tình trạng dự án', 'Status', 'VP-32-2023/5.8.b'],
    },
    fieldLists: [
      [
        'ND-43-2011/10.1.h',
        [
          'list',
          'name',
          'objective',
          'field',
          'projectType',
          'duration',
          'budget',
          'fundingType',
          'sponsor',
          'status',
        ],
      ],
      [
        'VP-32-2023/5.8.b',
        [
          'list',
          'name',
          'objective',
          'field',
          'projectType',
          'duration',
          'budget',
          'fundingType',
          'sponsor',
          'status',
        ],
      ],
      [
        'QN-3069-2021/7.2.d',
        ['list', 'name', 'objective', 'field', 'projectGroup', 'duration', 'capitalSource'],
      ],
    ],
    citations: [
      'ND-43-2011/10.1.h',
      'VP-32-2023/5.8.a',
      'VP-32-2023/5.8.b',
      'QN-3069-2021/7.2.d',
      'VP-32-2023/6.4',
    ],
  }))();
