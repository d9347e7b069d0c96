import { type Citation, createIssue, type Issue, type IssuePath, localized } from '../core/index.js';

/**
 * The 2025 reorganisation: Nghị quyết 202/2025/QH15 (2025-06-12) made 34 provinces of 63 from 2025-07-01
 * (test/fixtures/docs/facts/decrees.md §6, "Merger map (new ← old)").
 */
export const PROVINCE_MERGER_CITATION: Citation = {
  id: 'NQ-202-2025',
  note: 'Nghị quyết 202/2025/QH15 of 2025-06-12: 34 provinces from 2025-07-01',
};
/** First day of the 34 provinces. */
export const PROVINCE_MERGER_DATE = '2025-07-01';

/** New province ← the provinces merged into it (the new one's own former territory not repeated). */
const MERGED_INTO: Readonly<Record<string, readonly string[]>> = {
  'Tuyên Quang': ['Hà Giang'],
  'Lào Cai': ['Yên Bái'],
  'Thái Nguyên': ['Bắc Kạn'],
  'Bắc Ninh': ['Bắc Giang'],
  'Phú Thọ': ['Vĩnh Phúc', 'Hòa Bình'],
  'Hải Phòng': ['Hải Dương'],
  'Hưng Yên': ['Thái Bình'],
  'Ninh Bình': ['Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Bình'],
  'Đà Nẵng': ['Quảng Nam'],
  'Quảng Ngãi': ['Kon Tum'],
  'Gia Lai': ['Bình Định'],
  'Khánh Hòa': ['Ninh Thuận'],
  'Đắk Lắk': ['Phú Yên'],
  'Lâm Đồng': ['Đắk Nông', 'Bình Thuận'],
  'Đồng Nai': ['Bình Phước'],
  'Hồ Chí Minh': ['Bình Dương', 'Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu'],
  'Tây Ninh': ['Long An'],
  'Đồng Tháp': ['Tiền Giang'],
  'Vĩnh Long': ['Bến Tre', 'Trà Vinh'],
  'An Giang': ['Kiên Giang'],
  'Cần Thơ': ['Sóc Trăng', 'Hậu Giang'],
  'Cà Mau': ['Bạc Liêu'],
};

/** Usual spellings of current provinces (not mergers): folded spelling → current name. */
const ALIASES: Readonly<Record<string, string>> = {
  hcm: 'Hồ Chí Minh',
  tphcm: 'Hồ Chí Minh',
  hochiminhcity: 'Hồ Chí Minh',
  saigon: 'Hồ Chí Minh',
  hn: 'Hà Nội',
  tphn: 'Hà Nội',
};

/** Former names of a current province (renamed, not merged): folded name → current name. */
const RENAMED: Readonly<Record<string, string>> = {
  // Tỉnh Thừa Thiên Huế became Thành phố Huế (a centrally-run city) before the 2025 merger; the vendored facts
  // list Huế among the unchanged provinces of 2025-07-01 and do not name the renaming resolution.
  thuathienhue: 'Huế',
};

/** Folds a province name as typed: diacritics, case, punctuation and a leading type word ("Tỉnh", "Thành phố",
 * "TP.") dropped: "TP. Hồ Chí Minh" → "hochiminh". */
export function foldProvinceName(name: string): string {
  const words = name
    .slice(0, 120)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  if (words[0] === 'thanh' && words[1] === 'pho') words.splice(0, 2);
  else if ((words[0] === 'tp' || words[0] === 'tinh') && words.length > 1) words.splice(0, 1);
  return words.join('');
}

/**
 * What a province name means today: the current name it stands for, and the coded notice when it is a former
 * province (merged on 2025-07-01), a former name, or a usual spelling. `undefined` when it is none of those
 * (the caller looks the name up as it is).
 *
 * @example
 * ```ts
 * import { currentProvinceName } from 'vn-portal-kit/units';
 * const r = currentProvinceName('Vĩnh Phúc');
 * [r?.name, r?.notice.code] //=> ['Phú Thọ', 'units.province-merged']
 * currentProvinceName('TP. HCM')?.name //=> 'Hồ Chí Minh'
 * currentProvinceName('Phú Thọ') //=> undefined
 * ```
 */
export function currentProvinceName(
  name: string,
  path: IssuePath = ['province'],
): { readonly name: string; readonly notice: Issue } | undefined {
  if (typeof name !== 'string') return undefined;
  const key = foldProvinceName(name);
  if (key === '') return undefined;
  const shown = name.slice(0, 80);
  for (const [current, olds] of Object.entries(MERGED_INTO)) {
    if (olds.some((o) => foldProvinceName(o) === key)) {
      return {
        name: current,
        notice: createIssue(
          'units.province-merged',
          localized(
            `“${shown}” đã hợp nhất vào ${current} từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15 ngày 12/6/2025)`,
            `“${shown}” merged into ${current} on 2025-07-01 (Resolution 202/2025/QH15 of 2025-06-12)`,
          ),
          {
            path,
            severity: 'warning',
            citation: PROVINCE_MERGER_CITATION,
            details: { former: shown, current, on: PROVINCE_MERGER_DATE },
          },
        ),
      };
    }
  }
  const renamed = RENAMED[key];
  if (renamed !== undefined) {
    return {
      name: renamed,
      notice: createIssue(
        'units.province-renamed',
        localized(
          `“${shown}” là tên cũ; nay là ${renamed}`,
          `“${shown}” is a former name; the province is now ${renamed}`,
        ),
        { path, severity: 'warning', details: { former: shown, current: renamed } },
      ),
    };
  }
  const alias = ALIASES[key];
  if (alias !== undefined) {
    return {
      name: alias,
      notice: createIssue(
        'units.province-alias',
        localized(`Hiểu “${shown}” là ${alias}`, `Read “${shown}” as ${alias}`),
        { path, severity: 'warning', details: { spelling: shown, current: alias } },
      ),
    };
  }
  return undefined;
}
