// Compact form of vn-civil-service-2019-2026.json (same folder; source: the shared data/calendar folder of the project, official
// schedules of days off for state agencies). Dates are MMDD of the year; '<MMDD' is in the previous year.
// test/calendar/officialSchedule.test.ts checks that it encodes exactly the JSON.

/** One official year: Tết weekdays off, every weekday off, worked Saturdays, the swap decision. */
export interface OfficialYear {
  readonly tet: string;
  readonly off: string;
  readonly worked: string;
  readonly basis?: string;
}

/** The official schedules 2019–2026 (status "official" in the source). */
export const OFFICIAL_SCHEDULE: Readonly<Record<number, OfficialYear>> = {
  2019: {
    tet: '0204 0205 0206 0207 0208',
    off: '<1231 0101 0204 0205 0206 0207 0208 0415 0429 0430 0501 0902',
    worked: '0105 0504',
    basis: '6519/VPCP-KGVX (2018)',
  },
  2020: {
    tet: '0123 0124 0127 0128 0129',
    off: '0101 0123 0124 0127 0128 0129 0402 0430 0501 0902',
    worked: '',
  },
  2021: {
    tet: '0210 0211 0212 0215 0216',
    off: '0101 0210 0211 0212 0215 0216 0421 0430 0503 0902 0903',
    worked: '',
  },
  2022: {
    tet: '0131 0201 0202 0203 0204',
    off: '0103 0131 0201 0202 0203 0204 0411 0502 0503 0901 0902',
    worked: '',
  },
  2023: {
    tet: '0120 0123 0124 0125 0126',
    off: '0102 0120 0123 0124 0125 0126 0501 0502 0503 0901 0904',
    worked: '',
  },
  2024: {
    tet: '0208 0209 0212 0213 0214',
    off: '0101 0208 0209 0212 0213 0214 0418 0429 0430 0501 0902 0903',
    worked: '0504',
    basis: '2450/VPCP-KGVX (2024)',
  },
  2025: {
    tet: '0127 0128 0129 0130 0131',
    off: '0101 0127 0128 0129 0130 0131 0407 0430 0501 0502 0901 0902',
    worked: '0426',
  },
  2026: {
    tet: '0216 0217 0218 0219 0220',
    off: '0101 0102 0216 0217 0218 0219 0220 0427 0430 0501 0831 0901 0902',
    worked: '0110 0822',
    basis: '12556/BNV-CVL (2025-12-24); 12729/VPCP-KGVX (2025-12-25)',
  },
};
