import {
  type Citation,
  type CivilDate,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { decimalText, mulDivHalfUp, toScaled, vnd } from './_lib/integerMath.js';
import { numberIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { lookupBaseSalary, uncoveredIssue } from './_lib/lookupBaseSalary.js';
import { quickCivilDate } from './_lib/quickCivilDate.js';
import { ND287_FIRST_DAY, TRANSITION } from './_lib/selectRegime.js';
import type { RoyaltyBreakdownLine } from './calculateRoyalty.js';
import { VN_BASE_SALARY_TABLE } from './data/baseSalaryTable.js';
import type { BaseSalaryTable } from './defineBaseSalaryTable.js';

/** Units are held in hundredths (0.80 → 80). */
const UNIT_SCALE = 100;
const TABLE_CITATION: Citation = {
  id: 'ND-287-2026/8.1.a',
  note: 'exhibiting fine-art and photographic works, in base-salary units',
};
const SALARY_CITATION: Citation = {
  id: 'ND-287-2026/8.1.c',
  note: 'the base salary at the date of the contract',
};

/**
 * The level of an exhibition in Decree 287/2026 Art. 8.1.a.
 *
 * @example
 * ```ts
 * import type { ExhibitionLevel } from 'vn-portal-kit/royalty';
 * const l: ExhibitionLevel = 'province';
 * l //=> 'province'
 * ```
 */
export type ExhibitionLevel = 'international' | 'national' | 'regional' | 'province' | 'commune' | 'sector';

/**
 * One row of the Art. 8.1.a table: the range in base-salary units (mức lương cơ sở).
 *
 * @example
 * ```ts
 * import { ND287_2026_EXHIBITION_TABLE } from 'vn-portal-kit/royalty';
 * ND287_2026_EXHIBITION_TABLE.photo.province //=> { min: 0.3, max: 0.4, name: { vi: 'Cấp tỉnh', en: 'Provincial' } }
 * ```
 */
export interface ExhibitionRange {
  readonly min: number;
  readonly max: number;
  readonly name: LocalizedText;
}

const N: Record<ExhibitionLevel, LocalizedText> = {
  international: { vi: 'Quốc tế', en: 'International' },
  national: { vi: 'Quốc gia', en: 'National' },
  regional: { vi: 'Khu vực', en: 'Regional' },
  province: { vi: 'Cấp tỉnh', en: 'Provincial' },
  commune: { vi: 'Cấp xã, phường, đặc khu', en: 'Commune, ward, special zone' },
  sector: { vi: 'Ngành', en: 'Sector' },
};
const row = (level: ExhibitionLevel, min: number, max: number): ExhibitionRange => ({
  min,
  max,
  name: N[level],
});

/**
 * Decree 287/2026 Art. 8.1.a: tiền bản quyền for exhibiting photographic and fine-art works, in base-salary
 * units, by the level of the exhibition (facts/royalty.md §6).
 *
 * @see ND-287-2026/8.1.a
 * @example
 * ```ts
 * import { ND287_2026_EXHIBITION_TABLE } from 'vn-portal-kit/royalty';
 * ND287_2026_EXHIBITION_TABLE['fine-art'].international.max //=> 1.8
 * ```
 */
export const ND287_2026_EXHIBITION_TABLE: Readonly<
  Record<'photo' | 'fine-art', Readonly<Record<ExhibitionLevel, ExhibitionRange>>>
> = {
  photo: {
    international: row('international', 0.8, 1.2),
    national: row('national', 0.8, 1),
    regional: row('regional', 0.4, 0.5),
    province: row('province', 0.3, 0.4),
    commune: row('commune', 0.1, 0.2),
    sector: row('sector', 0.3, 0.4),
  },
  'fine-art': {
    international: row('international', 1, 1.8),
    national: row('national', 1, 1.5),
    regional: row('regional', 0.6, 0.75),
    province: row('province', 0.5, 0.6),
    commune: row('commune', 0.2, 0.3),
    sector: row('sector', 0.5, 0.6),
  },
};

/**
 * Input of {@link calculateExhibitionRoyalty}.
 *
 * @example
 * ```ts
 * import type { ExhibitionRoyaltyInput } from 'vn-portal-kit/royalty';
 * const i: ExhibitionRoyaltyInput = { kind: 'photo', level: 'province', units: 0.35, commissionedOn: '2026-12-07' };
 * i.level //=> 'province'
 * ```
 */
export interface ExhibitionRoyaltyInput {
  /** `'photo'` or `'fine-art'`. */
  readonly kind: 'photo' | 'fine-art';
  /** Level of the exhibition. */
  readonly level: ExhibitionLevel;
  /** Base-salary units chosen within the range (absent: the minimum, with a warning). */
  readonly units?: number | string;
  /** Date of the contract: selects the regime (Art. 19) and the base salary (Art. 8.1.c). */
  readonly commissionedOn: DateInput;
  /** Base salary table (default {@link VN_BASE_SALARY_TABLE}). */
  readonly salaryTable?: BaseSalaryTable;
  /** Build the breakdown (default `true`). */
  readonly explain?: boolean;
}

/**
 * The result of {@link calculateExhibitionRoyalty}.
 *
 * @example
 * ```ts
 * import { calculateExhibitionRoyalty } from 'vn-portal-kit/royalty';
 * const r = calculateExhibitionRoyalty({ kind: 'photo', level: 'province', units: 0.35, commissionedOn: '2026-12-07' });
 * r.ok && r.value.amount //=> 885_500
 * ```
 */
export interface ExhibitionRoyaltyCalculation {
  readonly amount: number;
  /** Units applied (after clamping to the range). */
  readonly units: number;
  readonly baseSalary: number;
  readonly commissionedOn: CivilDate;
  readonly breakdown: readonly RoyaltyBreakdownLine[];
  readonly citation: Citation;
  readonly warnings: readonly Issue[];
}

/**
 * Tiền bản quyền for exhibiting a photographic or fine-art work under Decree 287/2026 Art. 8.1.a: units of the
 * base salary (the range of the exhibition's level) × the base salary on the contract date (Art. 8.1.c), rounded
 * half up to the whole đồng. Units outside the range are clamped with a warning. The amount is for what the
 * caller's contract counts as one exhibited work or one exhibition: the summary this library was built from does
 * not say which, so the caller multiplies. A contract before 2026-09-01 is an error (Decree 21/2015 applied then,
 * Art. 19; not modelled).
 *
 * @see ND-287-2026/8.1.a, ND-287-2026/8.1.c, ND-287-2026/19.1
 * @example
 * ```ts
 * import { calculateExhibitionRoyalty } from 'vn-portal-kit/royalty';
 * const r = calculateExhibitionRoyalty({ kind: 'fine-art', level: 'national', units: 2, commissionedOn: '2026-12-07' });
 * r.ok && [r.value.units, r.value.amount, r.value.warnings[0].code] //=> [1.5, 3_795_000, 'royalty.units-clamped']
 * ```
 */
export function calculateExhibitionRoyalty(
  input: ExhibitionRoyaltyInput,
): Result<ExhibitionRoyaltyCalculation> {
  if (typeof input !== 'object' || input === null) {
    return err([
      royaltyIssue(
        'royalty.input-invalid',
        'calculateExhibitionRoyalty cần một đối tượng { kind, level, units?, commissionedOn }',
        'calculateExhibitionRoyalty expects an object { kind, level, units?, commissionedOn }',
        [],
      ),
    ]);
  }
  const issues: Issue[] = [];
  const d = quickCivilDate(input.commissionedOn) ?? toCivilDate(input.commissionedOn, ['commissionedOn']);
  if (!d.ok) return err([...d.issues]);
  const date = d.value;
  if (date < ND287_FIRST_DAY) {
    return err([
      royaltyIssue(
        'royalty.regime-not-in-force',
        `Hợp đồng ngày ${date}, trước 01/9/2026: áp dụng quy định khi đó (Nghị định 21/2015, thư viện chưa mô hình hóa), không phải Điều 8.1.a Nghị định 287/2026`,
        `Contract of ${date}, before 2026-09-01: the rules then in force apply (Decree 21/2015, not modelled by this library), not Decree 287/2026 Art. 8.1.a`,
        ['commissionedOn'],
        { citation: TRANSITION },
      ),
    ]);
  }
  const byKind = Object.hasOwn(ND287_2026_EXHIBITION_TABLE, String(input.kind))
    ? ND287_2026_EXHIBITION_TABLE[input.kind]
    : undefined;
  const range =
    byKind !== undefined && Object.hasOwn(byKind, String(input.level)) ? byKind[input.level] : undefined;
  if (byKind === undefined || range === undefined) {
    return err([
      royaltyIssue(
        'royalty.exhibition-unknown',
        `Không có dòng ${previewValue(input.kind)}/${previewValue(input.level)} trong bảng Điều 8.1.a (loại: photo, fine-art; cấp: ${Object.keys(N).join(', ')})`,
        `No row ${previewValue(input.kind)}/${previewValue(input.level)} in the Art. 8.1.a table (kinds: photo, fine-art; levels: ${Object.keys(N).join(', ')})`,
        [byKind === undefined ? 'kind' : 'level'],
        { citation: TABLE_CITATION },
      ),
    ]);
  }
  const lo = Math.round(range.min * UNIT_SCALE);
  const hi = Math.round(range.max * UNIT_SCALE);
  let units: number;
  if (input.units === undefined) {
    units = lo;
    issues.push(
      royaltyIssue(
        'royalty.units-defaulted',
        `Không nhập số đơn vị: dùng mức thấp nhất ${decimalText(lo, UNIT_SCALE).vi}`,
        `No units given: the minimum ${decimalText(lo, UNIT_SCALE).en} used`,
        ['units'],
        { severity: 'warning', citation: TABLE_CITATION },
      ),
    );
  } else {
    const u = toScaled(input.units, UNIT_SCALE);
    if (!u.ok)
      return err([
        numberIssue('royalty.units-invalid', { vi: 'Số đơn vị', en: 'The units' }, input.units, u.reason, [
          'units',
        ]),
      ]);
    units = u.value;
    if (units < lo || units > hi) {
      const to = units < lo ? lo : hi;
      issues.push(
        royaltyIssue(
          'royalty.units-clamped',
          `${decimalText(units, UNIT_SCALE).vi} ngoài khung ${decimalText(lo, UNIT_SCALE).vi}–${decimalText(hi, UNIT_SCALE).vi} (${range.name.vi}): dùng ${decimalText(to, UNIT_SCALE).vi}`,
          `${decimalText(units, UNIT_SCALE).en} is outside ${decimalText(lo, UNIT_SCALE).en}–${decimalText(hi, UNIT_SCALE).en} (${range.name.en}): ${decimalText(to, UNIT_SCALE).en} used`,
          ['units'],
          { severity: 'warning', citation: TABLE_CITATION },
        ),
      );
      units = to;
    }
  }
  const table = input.salaryTable ?? VN_BASE_SALARY_TABLE;
  const period = lookupBaseSalary(date, table);
  if (period === undefined) return err([uncoveredIssue(date, table, ['commissionedOn'])]);
  const amount = mulDivHalfUp(units, period.amount, UNIT_SCALE);
  const lines: RoyaltyBreakdownLine[] = [];
  if (input.explain !== false) {
    const u = decimalText(units, UNIT_SCALE);
    const b = vnd(period.amount);
    const a = vnd(amount);
    lines.push(
      {
        step: 'base-salary',
        text: {
          vi: `Lương cơ sở tại ngày hợp đồng ${date}: ${b.vi} (${period.citation.id})`,
          en: `Base salary on the contract date ${date}: ${b.en} (${period.citation.id})`,
        },
        amount: period.amount,
        citation: SALARY_CITATION,
      },
      {
        step: 'total',
        text: {
          vi: `Tiền bản quyền triển lãm ${input.kind === 'photo' ? 'ảnh' : 'mỹ thuật'}, ${range.name.vi}: ${u.vi} × ${b.vi} = ${a.vi}`,
          en: `Royalty for exhibiting ${input.kind === 'photo' ? 'photographs' : 'fine art'}, ${range.name.en}: ${u.en} × ${b.en} = ${a.en}`,
        },
        amount,
        citation: TABLE_CITATION,
      },
    );
  }
  return ok(
    {
      amount,
      units: units / UNIT_SCALE,
      baseSalary: period.amount,
      commissionedOn: date,
      breakdown: lines,
      citation: TABLE_CITATION,
      warnings: issues,
    },
    issues,
  );
}
