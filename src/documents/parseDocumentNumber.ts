import { err, type Issue, type IssuePath, ok, type Result } from '../core/index.js';
import { docnumError, docnumWarning, NUMBERING_RULES, preview, TYPE_TABLE } from './_lib/docnumIssue.js';
import { joinNumber } from './_lib/joinNumber.js';
import { TYPE_BY_CODE, TYPE_BY_UPPER, TYPE_WITHOUT_STROKE } from './_lib/typeLookup.js';
import type { DocumentType } from './DOCUMENT_TYPES.js';
import type { DocumentNumber, DocumentNumberForm } from './DocumentNumber.js';

/** Longest input looked at; a number-symbol is a few dozen characters. */
const MAX_INPUT_LENGTH = 256;
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;
const PREFIXES = new Set(['số', 'so', 'no', 'số hiệu', 'sô']);
const NON_ASCII_LETTER = /\p{L}/u;
const ASSEMBLY_RE = /^(UBTVQH|QH)(\d{1,2})$/;

/**
 * Options of {@link parseDocumentNumber}.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'vn-portal-kit/documents';
 * parseDocumentNumber('x', { path: ['numberSymbol'] }).issues[0]?.path //=> ['numberSymbol']
 * ```
 */
export interface ParseDocumentNumberOptions {
  /** Path prefix of the issues (when the number is a field of a larger input). */
  readonly path?: IssuePath;
}

type Kind = 'digit' | 'letter' | 'slash' | 'dash' | 'space' | 'bad';

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDashVariant(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;
}

function classify(ch: string, c: number): Kind {
  if (c >= 0x30 && c <= 0x39) return 'digit';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'letter';
  if (c === 0x2f) return 'slash';
  if (c === 0x2d) return 'dash';
  if (c < 0x80) return isSpace(c) ? 'space' : 'bad';
  if (isSpace(c)) return 'space';
  if (c >= 0xd800 && c <= 0xdfff) return 'bad';
  // Latin-1 letters, Latin Extended-A/B (Đ đ Ơ ư …) and Latin Extended Additional (ạ … ỹ) without a regex.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'letter';
  return NON_ASCII_LETTER.test(ch) ? 'letter' : 'bad';
}

function readPrefix(s: string): number {
  // "Số:", "Số", "So:", "No.", "Số hiệu:" before the number: returns where the number starts, or 0.
  let i = 0;
  while (i < s.length && i < 12) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) break;
    i++;
  }
  if (i === 0 || i >= 12 || i >= s.length) return 0;
  const word = s
    .slice(0, i)
    .replace(/[\s:.#°º]+$/u, '')
    .toLowerCase();
  return PREFIXES.has(word) ? i : 0;
}

interface TypeMatch {
  readonly type: DocumentType;
  readonly how: 'exact' | 'case' | 'stroke';
}

/** The exact matches, made once per type. */
const EXACT_MATCHES: ReadonlyMap<string, TypeMatch> = new Map(
  [...TYPE_BY_CODE].map(([code, type]) => [code, { type, how: 'exact' as const }]),
);

function matchType(group: string): TypeMatch | undefined {
  const exact = EXACT_MATCHES.get(group);
  if (exact) return exact;
  const upper = group.toUpperCase();
  const byCase = TYPE_BY_UPPER.get(upper);
  if (byCase) return { type: byCase, how: 'case' };
  const byStroke = TYPE_WITHOUT_STROKE.get(upper);
  return byStroke ? { type: byStroke, how: 'stroke' } : undefined;
}

/**
 * Parses a number-symbol (số, ký hiệu) of a Vietnamese document: administrative (`1347/QĐ-UBND`), official
 * letter (công văn, `05/BNV-VP`), legal normative (`32/2023/QĐ-UBND`, `43/2011/NĐ-CP`,
 * `19/2012/TTLT-BTC-BKHĐT-BTTTT`), National Assembly acts (`80/2015/QH13`) and Party documents (`60-NQ/TW`).
 *
 * Real-world spellings are accepted and normalised, each normalisation reported as a warning issue: a leading
 * `Số:` (`docnum.prefix-removed`), stray spaces (`docnum.whitespace-removed`), lowercase groups
 * (`docnum.case-normalised`), a type in the wrong case such as `QYĐ` for `QyĐ` (`docnum.type-case-normalised`),
 * `QD`/`ND` without the stroke of Đ (`docnum.type-stroke-restored`), a missing leading zero
 * (`docnum.leading-zero-added`), en dashes or the Icelandic `Ð` (`docnum.character-replaced`). Text that cannot
 * be a number-symbol fails with a coded error. Never throws; linear in the input, which is capped at 256
 * characters (`docnum.too-long`).
 *
 * @see ND-30-2020/PL-I
 * @see ND-30-2020/PL-III
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'vn-portal-kit/documents';
 * const r = parseDocumentNumber('Số: 1347 /QĐ-UBND');
 * r.ok && r.value.text //=> '1347/QĐ-UBND'
 * r.ok && r.value.type?.code //=> 'QĐ'
 * r.issues.map((i) => i.code) //=> ['docnum.prefix-removed', 'docnum.whitespace-removed']
 * const n = parseDocumentNumber('32/2023/QĐ-UBND');
 * n.ok && [n.value.year, n.value.isNormative] //=> [2023, true]
 * const cv = parseDocumentNumber('5/bnv-vp');
 * cv.ok && [cv.value.text, cv.value.form] //=> ['05/BNV-VP', 'official-letter']
 * parseDocumentNumber('hello').ok //=> false
 * ```
 */
export function parseDocumentNumber(
  input: unknown,
  options: ParseDocumentNumberOptions = {},
): Result<DocumentNumber> {
  const path = options.path ?? [];
  if (typeof input !== 'string') {
    return err([
      docnumError(
        'not-a-string',
        'Số, ký hiệu phải là chuỗi ký tự',
        'A number-symbol must be a string',
        path,
        {
          received: input === null ? 'null' : typeof input,
        },
      ),
    ]);
  }
  if (input.length > MAX_INPUT_LENGTH) {
    return err([
      docnumError(
        'too-long',
        `Chuỗi quá dài để là số, ký hiệu văn bản (${input.length} ký tự, tối đa ${MAX_INPUT_LENGTH})`,
        `Too long to be a number-symbol (${input.length} characters, at most ${MAX_INPUT_LENGTH})`,
        path,
        { length: input.length, max: MAX_INPUT_LENGTH },
      ),
    ]);
  }
  let s = input.trim();
  if (s.length === 0) {
    return err([docnumError('empty', 'Số, ký hiệu văn bản bị bỏ trống', 'The number-symbol is empty', path)]);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      s = s.normalize('NFC');
      break;
    }
  }
  const warnings: Issue[] = [];
  const first = s.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) {
    const start = readPrefix(s);
    if (start === 0) {
      return err([
        docnumError(
          'number-missing',
          `Không phải số, ký hiệu văn bản: ${preview(s)} (phải bắt đầu bằng số thứ tự, ví dụ 05/BNV-VP)`,
          `Not a number-symbol: ${preview(s)} (it must start with the running number, e.g. 05/BNV-VP)`,
          path,
          { input: preview(s) },
          NUMBERING_RULES,
        ),
      ]);
    }
    warnings.push(
      docnumWarning(
        'prefix-removed',
        `Đã bỏ phần đứng trước số: ${preview(s.slice(0, start).trim())}`,
        `Removed the text before the number: ${preview(s.slice(0, start).trim())}`,
        path,
        { prefix: s.slice(0, start).trim() },
      ),
    );
    s = s.slice(start);
  }

  // Fast path: a string of only digits, ASCII letters, Đ/đ, '/' and '-' is already clean.
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      !(
        (c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        c === 0x2f ||
        c === 0x2d ||
        c === 0x110 ||
        c === 0x111
      )
    ) {
      simple = false;
      break;
    }
  }
  let clean = s;
  let spaces = false;
  let replaced = false;
  let hyphens = 0;
  if (!simple) {
    // One pass: drop spaces, unify dashes, slashes and Đ look-alikes, reject anything else.
    clean = '';
    for (let i = 0; i < s.length; i++) {
      let ch = s[i] as string;
      let c = s.charCodeAt(i);
      if (c === 0xd0 || c === 0xf0) {
        ch = c === 0xd0 ? 'Đ' : 'đ';
        c = ch.charCodeAt(0);
        replaced = true;
      } else if (isDashVariant(c)) {
        ch = '-';
        c = 0x2d;
        replaced = true;
      } else if (c === 0xff0f || c === 0x2215) {
        ch = '/';
        c = 0x2f;
        replaced = true;
      }
      const kind = classify(ch, c);
      if (kind === 'space') {
        // In the symbol (after the first "/"), a space between two groups of letters stands for the missing
        // hyphen ("1347/QĐ UBND" → "1347/QĐ-UBND", ND 30/2020 Appendix I: "-" between groups, no spaces). A space
        // next to "/" or "-", or after the number, is only dropped.
        const prev = clean.charCodeAt(clean.length - 1);
        let j = i + 1;
        while (j < s.length && isSpace(s.charCodeAt(j))) j++;
        const next = j < s.length ? classify(s[j] as string, s.charCodeAt(j)) : 'bad';
        const inSymbol = clean.includes('/');
        const prevGroupChar = clean.length > 0 && prev !== 0x2f && prev !== 0x2d;
        if (inSymbol && prevGroupChar && next === 'letter' && !isDashVariant(s.charCodeAt(j))) {
          clean += '-';
          hyphens++;
          i = j - 1;
          continue;
        }
        spaces = true;
        continue;
      }
      if (kind === 'bad') {
        return err([
          docnumError(
            'invalid-character',
            `Ký tự không được dùng trong số, ký hiệu: ${JSON.stringify(ch)} ở vị trí ${i + 1}`,
            `Character not allowed in a number-symbol: ${JSON.stringify(ch)} at position ${i + 1}`,
            path,
            { position: i, codePoint: c },
            NUMBERING_RULES,
          ),
        ]);
      }
      clean += ch;
    }
  }
  if (hyphens === 0) {
    const split = splitJoinedType(clean);
    if (split !== clean) {
      hyphens++;
      clean = split;
    }
  }
  if (hyphens > 0) {
    warnings.push(
      docnumWarning(
        'hyphen-inserted',
        `Đã thêm dấu gạch nối còn thiếu giữa các nhóm chữ của ký hiệu: ${preview(clean)}`,
        `Inserted the missing hyphen between the groups of the symbol: ${preview(clean)}`,
        path,
        { repaired: clean },
      ),
    );
  }
  if (spaces) {
    warnings.push(
      docnumWarning(
        'whitespace-removed',
        'Đã bỏ khoảng trắng trong số, ký hiệu (số, ký hiệu viết liền, không cách chữ)',
        'Removed spaces inside the number-symbol (it is written without spaces)',
        path,
      ),
    );
  }
  if (replaced) {
    warnings.push(
      docnumWarning(
        'character-replaced',
        'Đã thay ký tự gần giống (gạch ngang dài, chữ Ð Iceland, gạch chéo toàn khổ) bằng ký tự chuẩn',
        'Replaced look-alike characters (long dashes, Icelandic Ð, full-width slash) with the standard ones',
        path,
      ),
    );
  }
  return parseClean(clean, path, warnings);
}

/**
 * Type abbreviations that begin no issuer's abbreviation, so that one run into the issuer can be split off:
 * QĐ (Quyết định) and the mixed-case codes. Not HĐ or CĐ (HĐND, CĐCS are issuers), nor plain capitals
 * (BC, KH, TB… begin BCA, KHCN): "05/HĐND-VP" and "05/BCA-X" stay letters of HĐND and BCA.
 */
const SPLITTABLE_TYPES: readonly string[] = ['QĐ', 'QyĐ', 'TTr', 'CTr', 'TrS'];

/**
 * A symbol whose first group is a distinctive type abbreviation run into the issuer ("1347/QĐUBND"): the type is
 * split off with a hyphen, so that a known type does not become part of an issuer. Party numbers ("60-NQ/TW")
 * carry the type before the slash and are left alone.
 */
function splitJoinedType(clean: string): string {
  const slash = clean.lastIndexOf('/');
  if (slash < 0 || clean.slice(0, clean.indexOf('/')).includes('-')) return clean;
  const symbol = clean.slice(slash + 1);
  const dash = symbol.indexOf('-');
  const group = dash < 0 ? symbol : symbol.slice(0, dash);
  if (TYPE_BY_CODE.has(group)) return clean;
  for (const prefix of SPLITTABLE_TYPES) {
    const rest = group.slice(prefix.length);
    if (!group.startsWith(prefix) || !/^[A-ZĐ]{2,}$/.test(rest)) continue;
    return `${clean.slice(0, slash + 1)}${prefix}-${rest}${dash < 0 ? '' : symbol.slice(dash)}`;
  }
  return clean;
}

/** `s.split(sep)` for a one-character separator (String.prototype.split is slow on short UTF-16 strings). */
function splitOn(s: string, sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = s.indexOf(sep, from);
    if (at < 0) {
      out.push(from === 0 ? s : s.slice(from));
      return out;
    }
    out.push(s.slice(from, at));
    from = at + 1;
  }
}

function parseClean(s: string, path: IssuePath, warnings: Issue[]): Result<DocumentNumber> {
  const before = warnings.length;
  const parts = splitOn(s, '/');
  const head = parts[0] as string;
  const dash = head.indexOf('-');
  if (dash >= 0) return parseParty(s, parts, dash, path, warnings);
  if (parts.length < 2 || parts.length > 3) {
    return err([
      docnumError(
        parts.length < 2 ? 'symbol-missing' : 'too-many-parts',
        parts.length < 2
          ? `Thiếu ký hiệu sau dấu "/": ${preview(s)}`
          : `Quá nhiều phần ngăn cách bởi "/": ${preview(s)}`,
        parts.length < 2
          ? `The symbol after "/" is missing: ${preview(s)}`
          : `Too many "/"-separated parts: ${preview(s)}`,
        path,
        { input: preview(s) },
        NUMBERING_RULES,
      ),
    ]);
  }
  const number = readNumber(head, path, warnings);
  if (typeof number !== 'number') return number;
  let year: number | undefined;
  if (parts.length === 3) {
    const y = readYear(parts[1] as string, path);
    if (typeof y !== 'number') return y;
    year = y;
  } else if (/^\d{4}$/.test(parts[1] as string)) {
    return err([
      docnumError(
        'symbol-missing',
        `Thiếu ký hiệu sau năm ban hành: ${preview(s)}`,
        `The symbol after the year is missing: ${preview(s)}`,
        path,
        { input: preview(s) },
        NUMBERING_RULES,
      ),
    ]);
  }
  const groups = readGroups(parts[parts.length - 1] as string, path, warnings);
  if (!Array.isArray(groups)) return groups as Result<DocumentNumber>;
  const [firstRaw] = groups as [string, ...string[]];

  if (year !== undefined) {
    const assembly = ASSEMBLY_RE.exec(firstRaw.toUpperCase());
    if (assembly) {
      if (groups.length > 1) {
        return err([
          docnumError(
            'group-unexpected',
            `Ký hiệu văn bản của Quốc hội chỉ gồm QH/UBTVQH và khóa: ${preview(s)}`,
            `A National Assembly symbol is only QH/UBTVQH and the legislature: ${preview(s)}`,
            path,
            { input: preview(s) },
          ),
        ]);
      }
      noteCase([firstRaw], path, warnings);
      const issuer = assembly[1] as string;
      const legislature = Number(assembly[2]);
      if (legislature < 1) return err([legislatureIssue(path, firstRaw)]);
      return done(
        'national-assembly',
        number,
        year,
        undefined,
        [issuer],
        [],
        legislature,
        true,
        warnings,
        undefined,
      );
    }
  }

  const match = matchType(firstRaw);
  const stateType = match && (match.type.administrative || match.type.normative) ? match : undefined;
  if (year !== undefined) {
    if (!stateType) {
      return err([
        docnumError(
          'type-unknown',
          `Không nhận ra loại văn bản quy phạm pháp luật ${JSON.stringify(firstRaw)} (ví dụ NĐ, TT, QĐ, NQ, TTLT)`,
          `Unknown normative document type ${JSON.stringify(firstRaw)} (e.g. NĐ, TT, QĐ, NQ, TTLT)`,
          path,
          { type: firstRaw },
          TYPE_TABLE,
        ),
      ]);
    }
    noteType(stateType, firstRaw, path, warnings);
    const issuers = groups.slice(1);
    if (issuers.length === 0) return err([issuerMissing(path, s)]);
    const upper = noteCase(issuers, path, warnings) ? issuers.map((g) => g.toUpperCase()) : issuers;
    const type = stateType.type;
    if (type.joint && upper.length < 2) {
      return err([
        docnumError(
          'joint-issuers-missing',
          `Văn bản liên tịch (${type.code}) phải ghi ít nhất hai cơ quan ban hành`,
          `A joint document (${type.code}) names at least two issuing bodies`,
          path,
          { type: type.code, issuers: upper },
          NUMBERING_RULES,
        ),
      ]);
    }
    const altered = warnings.length !== before;
    if (!type.normative) {
      warnings.push(
        docnumWarning(
          'type-not-normative',
          `${type.name.vi} (${type.code}) không phải loại văn bản quy phạm pháp luật nhưng số có ghi năm`,
          `${type.name.en} (${type.code}) is not a normative type, yet the number carries a year`,
          path,
          { type: type.code },
        ),
      );
    }
    return done(
      'normative',
      number,
      year,
      type,
      upper,
      [],
      undefined,
      type.normative,
      warnings,
      altered ? undefined : s,
    );
  }

  if (stateType) {
    noteType(stateType, firstRaw, path, warnings);
    const rest = groups.slice(1);
    if (rest.length === 0) return err([issuerMissing(path, s)]);
    const upper = noteCase(rest, path, warnings) ? rest.map((g) => g.toUpperCase()) : rest;
    const type = stateType.type;
    const altered = warnings.length !== before;
    if (!type.administrative) {
      warnings.push(
        docnumWarning(
          'year-missing',
          `${type.name.vi} (${type.code}) là văn bản quy phạm pháp luật: số phải có năm ban hành`,
          `${type.name.en} (${type.code}) is a normative type: its number should carry the year`,
          path,
          { type: type.code },
        ),
      );
    }
    return done(
      'administrative',
      number,
      undefined,
      type,
      [upper[0] as string],
      upper.slice(1),
      undefined,
      false,
      warnings,
      altered ? undefined : s,
    );
  }
  const upper = noteCase(groups, path, warnings) ? groups.map((g) => g.toUpperCase()) : groups;
  const altered = warnings.length !== before;
  if (upper.length === 1) {
    warnings.push(
      docnumWarning(
        'unit-missing',
        'Ký hiệu công văn thường gồm tên cơ quan và đơn vị soạn thảo (ví dụ BNV-VP)',
        'An official letter (công văn) symbol usually names the agency and the drafting unit (e.g. BNV-VP)',
        path,
        { symbol: upper[0] },
      ),
    );
  }
  return done(
    'official-letter',
    number,
    undefined,
    undefined,
    [upper[0] as string],
    upper.slice(1),
    undefined,
    false,
    warnings,
    altered ? undefined : s,
  );
}

function parseParty(
  s: string,
  parts: string[],
  dash: number,
  path: IssuePath,
  warnings: Issue[],
): Result<DocumentNumber> {
  const head = parts[0] as string;
  if (parts.length !== 2) {
    return err([
      docnumError(
        'party-form-invalid',
        `Số văn bản của Đảng có dạng số-LOẠI/CƠ QUAN (ví dụ 60-NQ/TW): ${preview(s)}`,
        `A Party document number reads number-TYPE/ISSUER (e.g. 60-NQ/TW): ${preview(s)}`,
        path,
        { input: preview(s) },
      ),
    ]);
  }
  const before = warnings.length;
  const number = readNumber(head.slice(0, dash), path, warnings);
  if (typeof number !== 'number') return number;
  const typeRaw = head.slice(dash + 1);
  const match = typeRaw.length > 0 ? matchType(typeRaw) : undefined;
  if (!match?.type.party) {
    return err([
      docnumError(
        'type-unknown',
        `Không nhận ra loại văn bản của Đảng ${JSON.stringify(typeRaw)} (ví dụ NQ, CT, KL, QĐ, TB)`,
        `Unknown Party document type ${JSON.stringify(typeRaw)} (e.g. NQ, CT, KL, QĐ, TB)`,
        path,
        { type: typeRaw },
      ),
    ]);
  }
  noteType(match, typeRaw, path, warnings);
  const groups = readGroups(parts[1] as string, path, warnings);
  if (!Array.isArray(groups)) return groups as Result<DocumentNumber>;
  const upper = noteCase(groups, path, warnings) ? groups.map((g) => g.toUpperCase()) : groups;
  return done(
    'party',
    number,
    undefined,
    match.type,
    [upper[0] as string],
    upper.slice(1),
    undefined,
    false,
    warnings,
    warnings.length !== before ? undefined : s,
  );
}

function done(
  form: DocumentNumberForm,
  number: number,
  year: number | undefined,
  type: DocumentType | undefined,
  issuers: readonly string[],
  units: readonly string[],
  legislature: number | undefined,
  isNormative: boolean,
  warnings: Issue[],
  canonical: string | undefined,
): Result<DocumentNumber> {
  const text = canonical ?? joinNumber(form, number, year, type?.code, [...issuers, ...units], legislature);
  const value: {
    text: string;
    form: DocumentNumberForm;
    number: number;
    year?: number;
    type?: DocumentType;
    issuer: string;
    issuers: readonly string[];
    units: readonly string[];
    legislature?: number;
    isNormative: boolean;
  } = { text, form, number, issuer: issuers[0] as string, issuers, units, isNormative };
  if (year !== undefined) value.year = year;
  if (type !== undefined) value.type = type;
  if (legislature !== undefined) value.legislature = legislature;
  return ok(value, warnings);
}

function readNumber(raw: string, path: IssuePath, warnings: Issue[]): number | Result<DocumentNumber> {
  let digits = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      digits = false;
      break;
    }
  }
  if (!digits || raw.length === 0 || raw.length > 7) {
    return err([
      docnumError(
        'number-invalid',
        `Số thứ tự phải là chữ số Ả Rập (1 đến 7 chữ số): ${preview(raw)}`,
        `The running number must be Arabic digits (1 to 7 of them): ${preview(raw)}`,
        path,
        { number: raw },
        NUMBERING_RULES,
      ),
    ]);
  }
  const value = Number(raw);
  if (value === 0) {
    return err([
      docnumError(
        'number-zero',
        'Số thứ tự bắt đầu từ 01',
        'Running numbers start at 01',
        path,
        { number: raw },
        {
          id: 'ND-30-2020/15.1',
        },
      ),
    ]);
  }
  if (value < 10 && raw.length === 1) {
    warnings.push(
      docnumWarning(
        'leading-zero-added',
        `Đã thêm số 0 trước số nhỏ hơn 10: ${raw} → 0${raw}`,
        `Added the leading zero of a number below 10: ${raw} → 0${raw}`,
        path,
        { from: raw, to: `0${raw}` },
      ),
    );
  } else if (raw.charCodeAt(0) === 0x30 && raw.length > (value < 10 ? 2 : 1)) {
    warnings.push(
      docnumWarning(
        'leading-zero-removed',
        `Đã bỏ số 0 thừa ở đầu số thứ tự: ${raw}`,
        `Removed surplus leading zeros of the running number: ${raw}`,
        path,
        { from: raw },
      ),
    );
  }
  return value;
}

function readYear(raw: string, path: IssuePath): number | Result<DocumentNumber> {
  const y = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) {
    return err([
      docnumError(
        'year-invalid',
        `Năm ban hành không hợp lệ: ${preview(raw)} (cần 4 chữ số, ${MIN_YEAR}–${MAX_YEAR})`,
        `Invalid year: ${preview(raw)} (four digits, ${MIN_YEAR}–${MAX_YEAR})`,
        path,
        { year: raw },
      ),
    ]);
  }
  return y;
}

function readGroups(raw: string, path: IssuePath, _warnings: Issue[]): string[] | Result<DocumentNumber> {
  const groups = splitOn(raw, '-');
  for (const g of groups) {
    const c = g.charCodeAt(0);
    const startsWithLetter = g.length > 0 && !(c >= 0x30 && c <= 0x39);
    if (!startsWithLetter || g.length > 30 || g.includes('/')) {
      return err([
        docnumError(
          g.length === 0 ? 'group-empty' : 'group-invalid',
          g.length === 0
            ? `Ký hiệu có nhóm trống (hai dấu "-" liền nhau hoặc ở đầu, cuối): ${preview(raw)}`
            : `Nhóm ký hiệu phải bắt đầu bằng chữ cái: ${preview(g)}`,
          g.length === 0
            ? `The symbol has an empty group (doubled, leading or trailing "-"): ${preview(raw)}`
            : `A symbol group must start with a letter: ${preview(g)}`,
          path,
          { symbol: raw },
          NUMBERING_RULES,
        ),
      ]);
    }
  }
  return groups;
}

function noteType(match: TypeMatch, raw: string, path: IssuePath, warnings: Issue[]): void {
  if (match.how === 'exact') return;
  const code = match.type.code;
  warnings.push(
    match.how === 'case'
      ? docnumWarning(
          'type-case-normalised',
          `Đã viết lại chữ viết tắt loại văn bản theo đúng bảng: ${raw} → ${code}`,
          `Rewrote the type abbreviation as the table spells it: ${raw} → ${code}`,
          path,
          { from: raw, to: code },
          TYPE_TABLE,
        )
      : docnumWarning(
          'type-stroke-restored',
          `Đã khôi phục chữ Đ trong chữ viết tắt loại văn bản: ${raw} → ${code}`,
          `Restored the Đ of the type abbreviation: ${raw} → ${code}`,
          path,
          { from: raw, to: code },
          TYPE_TABLE,
        ),
  );
}

function noteCase(groups: readonly string[], path: IssuePath, warnings: Issue[]): boolean {
  let lower = false;
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      const c = g.charCodeAt(i);
      // Đ (U+0110) is a capital; any other non-ASCII letter may be lowercase.
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x80 && c !== 0x110)) {
        lower = true;
        break;
      }
    }
    if (lower) break;
  }
  if (!lower) return false;
  const changed = groups.filter((g) => g !== g.toUpperCase());
  if (changed.length === 0) return false;
  warnings.push(
    docnumWarning(
      'case-normalised',
      `Đã viết hoa ký hiệu: ${changed.join(', ')}`,
      `Capitalised the symbol: ${changed.join(', ')}`,
      path,
      { groups: changed },
    ),
  );
  return true;
}

function issuerMissing(path: IssuePath, s: string): Issue {
  return docnumError(
    'issuer-missing',
    `Thiếu chữ viết tắt tên cơ quan ban hành sau loại văn bản: ${preview(s)}`,
    `The issuing body's abbreviation after the type is missing: ${preview(s)}`,
    path,
    { input: preview(s) },
    NUMBERING_RULES,
  );
}

function legislatureIssue(path: IssuePath, raw: string): Issue {
  return docnumError(
    'legislature-invalid',
    `Khóa Quốc hội không hợp lệ: ${preview(raw)}`,
    `Invalid legislature of the National Assembly: ${preview(raw)}`,
    path,
    { symbol: raw },
  );
}
