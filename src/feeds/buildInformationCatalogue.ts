import { InformationCatalogueEntrySchema } from '../categories/index.js';
import {
  cite,
  createIssue,
  err,
  type Issue,
  isCivilDate,
  localized,
  ok,
  type Result,
} from '../core/index.js';
import { escapeXml as e } from './_lib/xml.js';

/**
 * The public-information catalogue (danh mục thông tin phải được công khai) of an agency: its entries are
 * items of the `information-catalogue` category (`vn-portal-kit/categories`'
 * `InformationCatalogueEntrySchema`: type of information, location, form, time, duration).
 *
 * @example
 * ```ts
 * import type { InformationCatalogueInput } from 'vn-portal-kit/feeds';
 * const c: InformationCatalogueInput = { agency: 'UBND tỉnh Vĩnh Phúc', updatedOn: '2026-11-01', entries: [] };
 * c.entries.length //=> 0
 * ```
 */
export interface InformationCatalogueInput {
  readonly agency: string;
  /** Civil date of the catalogue's last update. */
  readonly updatedOn: string;
  readonly entries: readonly unknown[];
}

interface Entry {
  title: string;
  informationType: string;
  location: string;
  form: readonly string[];
  time: string;
  duration: string;
  responsibleUnit?: string | undefined;
  id?: string | undefined;
  url?: string | undefined;
}

const CITATION = /* @__PURE__ */ (() =>
  cite('LTCTT-2016/19', 'point g: location, form, time and duration of disclosure; VP-32-2023/5.16'))();

function validate(
  input: InformationCatalogueInput,
): Result<{ agency: string; updatedOn: string; entries: Entry[] }> {
  const issues: Issue[] = [];
  if (typeof input !== 'object' || input === null) {
    return err([
      createIssue(
        'feeds.catalogue-invalid',
        localized('Danh mục phải là một đối tượng', 'The catalogue must be an object'),
        { citation: CITATION },
      ),
    ]);
  }
  if (typeof input.agency !== 'string' || input.agency.length === 0 || input.agency.length > 1000) {
    issues.push(
      createIssue('feeds.catalogue-invalid', localized('Thiếu tên cơ quan', 'The agency is missing'), {
        path: ['agency'],
        citation: CITATION,
      }),
    );
  }
  if (!isCivilDate(input.updatedOn)) {
    issues.push(
      createIssue(
        'feeds.catalogue-invalid',
        localized('Ngày cập nhật phải có dạng YYYY-MM-DD', 'updatedOn must be YYYY-MM-DD'),
        { path: ['updatedOn'], citation: CITATION },
      ),
    );
  }
  const entries: Entry[] = [];
  if (!Array.isArray(input.entries)) {
    issues.push(
      createIssue(
        'feeds.catalogue-invalid',
        localized('entries phải là một mảng', 'entries must be an array'),
        { path: ['entries'], citation: CITATION },
      ),
    );
  } else {
    input.entries.forEach((raw, i) => {
      const r = InformationCatalogueEntrySchema.safeParse(raw);
      if (r.success) entries.push(r.data as Entry);
      else if (issues.length < 50) {
        for (const z of r.error.issues.slice(0, 3)) {
          issues.push(
            createIssue(
              'feeds.catalogue-invalid',
              localized(`Mục ${i} không hợp lệ: ${z.message}`, `Entry ${i} is invalid: ${z.message}`),
              {
                path: ['entries', i, ...z.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
                citation: CITATION,
              },
            ),
          );
        }
      }
    });
  }
  if (issues.length > 0) return err(issues);
  return ok({ agency: input.agency, updatedOn: input.updatedOn, entries });
}

/**
 * The public-information catalogue as XML: for each type of information, its location, form, time and
 * duration of disclosure (LTCTT-2016/19.g, VP-32-2023/5.16). Validates every entry first.
 *
 * @example
 * ```ts
 * import { buildInformationCatalogueXml } from 'vn-portal-kit/feeds';
 * const r = buildInformationCatalogueXml({ agency: 'UBND tỉnh Vĩnh Phúc', updatedOn: '2026-11-01', entries: [{ title: 'Ngân sách', informationType: 'Dự toán ngân sách', location: 'https://vinhphuc.gov.vn/ns', form: ['portal'], time: 'Hằng quý', duration: 'Ít nhất 1 năm' }] });
 * r.ok && r.value.includes('<form>portal</form>') //=> true
 * ```
 */
export function buildInformationCatalogueXml(catalogue: InformationCatalogueInput): Result<string> {
  const v = validate(catalogue);
  if (!v.ok) return v;
  const c = v.value;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<informationCatalogue agency="${e(c.agency)}" updatedOn="${c.updatedOn}" basis="LTCTT-2016/19.g">`,
  ];
  for (const x of c.entries) {
    lines.push(
      `<entry${x.id ? ` id="${e(x.id)}"` : ''}>`,
      `<title>${e(x.title)}</title>`,
      `<informationType>${e(x.informationType)}</informationType>`,
      `<location>${e(x.location)}</location>`,
      ...x.form.map((f) => `<form>${e(f)}</form>`),
      `<time>${e(x.time)}</time>`,
      `<duration>${e(x.duration)}</duration>`,
      ...(x.responsibleUnit ? [`<responsibleUnit>${e(x.responsibleUnit)}</responsibleUnit>`] : []),
      ...(x.url ? [`<url>${e(x.url)}</url>`] : []),
      '</entry>',
    );
  }
  lines.push('</informationCatalogue>', '');
  return ok(lines.join('\n'));
}

/**
 * The public-information catalogue as JSON (validated; stable key order).
 *
 * @example
 * ```ts
 * import { buildInformationCatalogueJson } from 'vn-portal-kit/feeds';
 * const r = buildInformationCatalogueJson({ agency: 'UBND xã Đạo Trù', updatedOn: '2026-11-01', entries: [] });
 * r.ok && JSON.parse(r.value).basis //=> 'LTCTT-2016/19.g'
 * ```
 */
export function buildInformationCatalogueJson(catalogue: InformationCatalogueInput): Result<string> {
  const v = validate(catalogue);
  if (!v.ok) return v;
  const c = v.value;
  const entries = c.entries.map((x) => ({
    ...(x.id ? { id: x.id } : {}),
    title: x.title,
    informationType: x.informationType,
    location: x.location,
    form: x.form,
    time: x.time,
    duration: x.duration,
    ...(x.responsibleUnit ? { responsibleUnit: x.responsibleUnit } : {}),
    ...(x.url ? { url: x.url } : {}),
  }));
  return ok(
    `${JSON.stringify({ basis: 'LTCTT-2016/19.g', agency: c.agency, updatedOn: c.updatedOn, entries }, null, 2)}\n`,
  );
}
