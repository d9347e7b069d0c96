import { toDnsLabel } from '../domains/index.js';
import type { AdminLevel, AdminUnit, AdminUnitsDatasetId, AdminUnitsInfo } from './AdminUnit.js';
import data2025 from './data/vn-units-2025-03.json' with { type: 'json' };
import data2026 from './data/vn-units-2026.json' with { type: 'json' };

interface RawCommune {
  readonly code: string;
  readonly fullName: string;
  readonly name?: string;
  readonly type?: string;
}
interface RawDistrict {
  readonly code: string;
  readonly fullName: string;
  readonly communes: readonly RawCommune[];
}
interface RawProvince {
  readonly code: string;
  readonly fullName: string;
  readonly name?: string;
  readonly nameEn?: string;
  readonly type?: string;
  readonly communes?: readonly RawCommune[];
  readonly districts?: readonly RawDistrict[];
}
interface RawDataset {
  readonly source: string;
  readonly validFrom: string;
  readonly validTo?: string;
  readonly levels: readonly string[];
  readonly provinces: readonly RawProvince[];
}

/** Type words of the General Statistics Office list, longest first. */
const TYPE_WORDS = ['Thành phố', 'Thị xã', 'Thị trấn', 'Đặc khu', 'Tỉnh', 'Huyện', 'Quận', 'Xã', 'Phường'];

function split(fullName: string, name?: string, type?: string): { name: string; type: string } {
  if (name !== undefined && type !== undefined) return { name, type };
  for (const t of TYPE_WORDS) {
    if (fullName.startsWith(`${t} `)) return { name: fullName.slice(t.length + 1), type: t };
  }
  return { name: fullName, type: '' };
}

/**
 * Options of {@link AdminUnits.findByName}.
 *
 * @example
 * ```ts
 * import { type FindAdminUnitOptions, loadAdminUnits } from 'vn-portal-kit/units';
 * const options: FindAdminUnitOptions = { level: 'province' };
 * loadAdminUnits('2026').findByName('phu tho', options).map((u) => u.code) //=> ['25']
 * ```
 */
export interface FindAdminUnitOptions {
  /** Only units of this tier. */
  readonly level?: AdminLevel;
  /** Only units inside this province or district (by code). */
  readonly within?: string;
}

/**
 * One bundled list of administrative units with its lookups. Build it with {@link loadAdminUnits}; keep it
 * (building the name index of 10,000 units takes a few milliseconds).
 *
 * @example
 * ```ts
 * import { loadAdminUnits } from 'vn-portal-kit/units';
 * const units = loadAdminUnits('2026');
 * [units.provinces.length, units.communes.length] //=> [34, 3321]
 * units.findByName('thai nguyen', { level: 'province' })[0]?.code //=> '19'
 * ```
 */
export interface AdminUnits {
  /** Which list, its dates and source. */
  readonly info: AdminUnitsInfo;
  /** The provinces, in code order. */
  readonly provinces: readonly AdminUnit[];
  /** The districts (empty for two-tier data). */
  readonly districts: readonly AdminUnit[];
  /** The communes. */
  readonly communes: readonly AdminUnit[];
  /** The unit with this code, if any. */
  byCode(code: string): AdminUnit | undefined;
  /**
   * Units whose name or full name matches, ignoring case, diacritics, spaces and punctuation ("Thanh Hoa",
   * "thanh hóa" and "Tỉnh Thanh Hoá" all find Thanh Hoá). Exact matches (same letters and diacritics, NFC,
   * any case) come first, then by tier and code.
   */
  findByName(name: string, options?: FindAdminUnitOptions): AdminUnit[];
  /** The units directly under a province or district, in code order. */
  childrenOf(code: string): AdminUnit[];
  /** The units above a unit, nearest first (district, then province). */
  parentsOf(code: string): AdminUnit[];
}

const LEVEL_ORDER: Record<AdminLevel, number> = { province: 0, district: 1, commune: 2 };

/**
 * Loads one of the bundled lists of administrative units (General Statistics Office codes and names, MIT
 * licence, see NOTICE.md): `'2026'`, two tiers (34 provinces, 3,321 communes: 2,611 xã, 697 phường,
 * 13 đặc khu); `'2025-03'`, three tiers (63 provinces, 696 districts, 10,035 communes). Each call builds a
 * fresh, independent index.
 *
 * @param id - which list
 * @returns the list with lookups by code and by name
 *
 * @example
 * ```ts
 * import { loadAdminUnits } from 'vn-portal-kit/units';
 * const old = loadAdminUnits('2025-03');
 * [old.provinces.length, old.districts.length, old.communes.length] //=> [63, 696, 10035]
 * old.parentsOf(old.findByName('Xã Đạo Trù')[0]?.code ?? '').map((u) => u.fullName) //=> ['Huyện Tam Đảo', 'Tỉnh Vĩnh Phúc']
 * ```
 */
export function loadAdminUnits(id: AdminUnitsDatasetId): AdminUnits {
  if (id !== '2026' && id !== '2025-03') {
    throw new RangeError(`loadAdminUnits: unknown list "${String(id)}" (use '2026' or '2025-03')`);
  }
  const raw = (id === '2026' ? data2026 : data2025) as RawDataset;
  const provinces: AdminUnit[] = [];
  const districts: AdminUnit[] = [];
  const communes: AdminUnit[] = [];
  const byCode = new Map<string, AdminUnit>();
  const children = new Map<string, AdminUnit[]>();
  const add = (unit: AdminUnit, list: AdminUnit[]): void => {
    list.push(unit);
    byCode.set(unit.code, unit);
    if (unit.parentCode !== undefined) {
      const siblings = children.get(unit.parentCode);
      if (siblings === undefined) children.set(unit.parentCode, [unit]);
      else siblings.push(unit);
    }
  };
  for (const p of raw.provinces) {
    const { name, type } = split(p.fullName, p.name, p.type);
    add(
      {
        code: p.code,
        name,
        fullName: p.fullName,
        type,
        level: 'province',
        kind: 'province',
        provinceCode: p.code,
        ...(p.nameEn !== undefined ? { nameEn: p.nameEn } : {}),
      },
      provinces,
    );
    for (const c of p.communes ?? []) {
      const s = split(c.fullName, c.name, c.type);
      add(
        {
          code: c.code,
          name: s.name,
          fullName: c.fullName,
          type: s.type,
          level: 'commune',
          kind: 'commune',
          provinceCode: p.code,
          parentCode: p.code,
        },
        communes,
      );
    }
    for (const d of p.districts ?? []) {
      const s = split(d.fullName);
      add(
        {
          code: d.code,
          name: s.name,
          fullName: d.fullName,
          type: s.type,
          level: 'district',
          kind: 'district',
          provinceCode: p.code,
          parentCode: p.code,
        },
        districts,
      );
      for (const c of d.communes) {
        const cs = split(c.fullName, c.name, c.type);
        add(
          {
            code: c.code,
            name: cs.name,
            fullName: c.fullName,
            type: cs.type,
            level: 'commune',
            kind: 'commune',
            provinceCode: p.code,
            districtCode: d.code,
            parentCode: d.code,
          },
          communes,
        );
      }
    }
  }
  const info: AdminUnitsInfo = {
    id,
    validFrom: raw.validFrom,
    ...(raw.validTo !== undefined ? { validTo: raw.validTo } : {}),
    levels: raw.levels as AdminLevel[],
    source: raw.source,
  };

  let nameIndex: Map<string, AdminUnit[]> | undefined;
  const fold = (text: string): string => toDnsLabel(text, { stripTypeWord: false });
  const index = (): Map<string, AdminUnit[]> => {
    if (nameIndex !== undefined) return nameIndex;
    const map = new Map<string, AdminUnit[]>();
    const put = (key: string, unit: AdminUnit): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [unit]);
      else if (!list.includes(unit)) list.push(unit);
    };
    for (const list of [provinces, districts, communes]) {
      for (const u of list) {
        put(fold(u.name), u);
        put(fold(u.fullName), u);
      }
    }
    nameIndex = map;
    return map;
  };
  const nfcLower = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

  return {
    info,
    provinces,
    districts,
    communes,
    byCode: (code) => (typeof code === 'string' ? byCode.get(code.trim()) : undefined),
    findByName(name, options = {}) {
      if (typeof name !== 'string') return [];
      const query = name.slice(0, 200);
      const found = index().get(fold(query)) ?? [];
      const exact = nfcLower(query);
      return found
        .filter((u) => {
          if (options.level !== undefined && u.level !== options.level) return false;
          if (options.within !== undefined) {
            return (
              u.provinceCode === options.within ||
              u.districtCode === options.within ||
              u.code === options.within
            );
          }
          return true;
        })
        .map((u) => ({ u, rank: nfcLower(u.name) === exact || nfcLower(u.fullName) === exact ? 0 : 1 }))
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            LEVEL_ORDER[a.u.level] - LEVEL_ORDER[b.u.level] ||
            (a.u.code < b.u.code ? -1 : 1),
        )
        .map((x) => x.u);
    },
    childrenOf: (code) => [...(children.get(code) ?? [])],
    parentsOf(code) {
      const out: AdminUnit[] = [];
      let unit = byCode.get(code);
      while (unit?.parentCode !== undefined) {
        const parent = byCode.get(unit.parentCode);
        if (parent === undefined) break;
        out.push(parent);
        unit = parent;
      }
      return out;
    },
  };
}
